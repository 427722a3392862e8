package vn.thidua.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.files.StoredFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hội nghị tổng kết cụm: the cluster's year-end meeting — date, place, attendance, the vote honouring the leading
 * unit (suy tôn, checked by {@link Ballots}), the minutes as text and/or a scan. One per cluster; recording it again
 * replaces the record (the meeting is recorded after it is held, and corrections are expected), with the ballots
 * replaced as a whole. Candidates are members of the cluster.
 */
@Entity
@Table(name = "review_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id", updatable = false)
    private Cluster cluster;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 200)
    private String place;

    @Column(nullable = false)
    private int attendees;

    @Column(nullable = false)
    private int voters;

    @Column(name = "attendee_names", length = 4000)
    private String attendeeNames;

    @Column(columnDefinition = "TEXT")
    private String minutes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minutes_file_id")
    private StoredFile minutesFile;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Ballot> ballots = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Records (or corrects) the meeting. votes: candidate unit → votes; units with no vote may be left out. */
    public void record(LocalDate date, String newPlace, int newAttendees, int newVoters, String names, String text,
                       Map<Unit, Integer> votes, String by, Instant at) {
        RuleViolation.require(date != null, "review.meeting.error.date");
        LocalDate start = cluster.getCampaign().getStartsOn();
        RuleViolation.require(!date.isBefore(start) && !date.isAfter(cluster.getCampaign().getEndsOn().plusMonths(3)),
                "review.meeting.error.dateRange");
        Map<Long, Integer> byId = new LinkedHashMap<>();
        votes.forEach((u, v) -> {
            RuleViolation.require(cluster.isMember(u), "cluster.error.notMember", u.getName());
            byId.put(u.getId(), v);
        });
        Ballots.check(newAttendees, newVoters, byId);
        this.heldOn = date;
        this.place = clean(newPlace, 200);
        this.attendees = newAttendees;
        this.voters = newVoters;
        this.attendeeNames = clean(names, 4000);
        this.minutes = clean(text, 20000);
        ballots.clear();
        votes.forEach((u, v) -> {
            if (v != null && v > 0) {
                ballots.add(new Ballot(this, u, v));
            }
        });
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void attachMinutes(StoredFile file) {
        this.minutesFile = file;
    }

    /** The unit the meeting honoured, if any (most votes, alone, more than half the voters). */
    public Optional<Unit> honoured() {
        Map<Long, Integer> byId = new LinkedHashMap<>();
        Map<Long, Unit> units = new LinkedHashMap<>();
        for (Ballot b : ballots) {
            byId.put(b.getUnit().getId(), b.getVotes());
            units.put(b.getUnit().getId(), b.getUnit());
        }
        return Ballots.winner(voters, byId).map(units::get);
    }

    private static String clean(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        RuleViolation.require(t.length() <= max, "review.meeting.error.tooLong", max);
        return t;
    }

    public Long getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public int getAttendees() {
        return attendees;
    }

    public int getVoters() {
        return voters;
    }

    public String getAttendeeNames() {
        return attendeeNames;
    }

    public String getMinutes() {
        return minutes;
    }

    public StoredFile getMinutesFile() {
        return minutesFile;
    }

    public List<Ballot> getBallots() {
        return java.util.Collections.unmodifiableList(ballots);
    }
}
