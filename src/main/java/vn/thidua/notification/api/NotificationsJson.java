package vn.thidua.notification.api;

import vn.thidua.notification.DueItem;
import vn.thidua.notification.OutboxRow;

import java.util.List;

/** {"due": [{step, cluster, unit, office, dueOn, daysLeft, daysLate, overdue, versionId}], "messages": [{…}]} */
public class NotificationsJson {

    private final List<Due> due;
    private final List<Message> messages;

    NotificationsJson(List<Due> due, List<Message> messages) {
        this.due = due;
        this.messages = messages;
    }

    public List<Due> getDue() {
        return due;
    }

    public List<Message> getMessages() {
        return messages;
    }

    public static class Due {
        private final DueItem item;

        Due(DueItem item) {
            this.item = item;
        }

        public String getStep() {
            return item.getStep().name();
        }

        public String getCluster() {
            return item.getClusterName();
        }

        public String getUnit() {
            return item.getUnitName();
        }

        public String getOffice() {
            return item.getOffice();
        }

        public String getDueOn() {
            return item.getDueOn().toString();
        }

        public long getDaysLeft() {
            return item.getDaysLeft();
        }

        public long getDaysLate() {
            return item.getDaysLate();
        }

        public boolean isOverdue() {
            return item.isOverdue();
        }

        public long getVersionId() {
            return item.getVersionId();
        }
    }

    public static class Message {
        private final OutboxRow row;

        Message(OutboxRow row) {
            this.row = row;
        }

        public long getId() {
            return row.getId();
        }

        public String getKind() {
            return row.getKind();
        }

        public String getSubject() {
            return row.getSubject();
        }

        public String getStatus() {
            return row.getStatus();
        }

        public int getAttempts() {
            return row.getAttempts();
        }

        public String getCreatedAt() {
            return row.getCreatedAt() == null ? null : row.getCreatedAt().toString();
        }

        public String getSentAt() {
            return row.getSentAt() == null ? null : row.getSentAt().toString();
        }
    }
}
