package vn.thidua.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardService;
import vn.thidua.award.AwardView;
import vn.thidua.review.ReviewQueries;
import vn.thidua.review.ReviewService;
import vn.thidua.review.ReviewView;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.files.UploadedFile;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bình xét cụm: the cluster's ranking, the staff's finalisation, the meeting (attendance, the vote honouring the
 * leading unit, the minutes, next year's leader and deputy) and the proposals for titles and commendations.
 */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewQueries queries;

    @Inject
    ReviewService service;

    @Inject
    AwardService awards;

    @Inject
    CurrentActor current;

    private Long cluster;
    private ReviewView review;
    private LocalDate heldOn;
    private String place;
    private Integer attendees;
    private Integer voters;
    private String attendeeNames;
    private String minutes;
    private Map<Long, Integer> votes = new HashMap<>();
    private Long nextLeader;
    private Long nextDeputy;
    private transient org.primefaces.model.file.UploadedFile scan;
    private Long proposalUnit;
    private Long proposalAward;
    private String proposalReason;
    private List<String> refusal = List.of();
    private List<AwardView> awardChoices;

    public String load() {
        review = cluster == null ? null : queries.cluster(current.get(), cluster).orElse(null);
        if (review == null) {
            return "/error.xhtml?faces-redirect=true";
        }
        fillMeetingForm();
        awardChoices = new ArrayList<>(awards.active(AwardKind.TITLE));
        awardChoices.addAll(awards.active(AwardKind.COMMENDATION));
        return null;
    }

    private void fillMeetingForm() {
        ReviewView.MeetingView m = review.getMeeting();
        votes = new HashMap<>();
        review.getUnits().forEach(u -> votes.put(u.getUnitId(), u.getVotes()));
        if (m != null) {
            heldOn = m.getDate();
            place = m.getPlace();
            attendees = m.getAttendees();
            voters = m.getVoters();
            attendeeNames = m.getAttendeeNames();
            minutes = m.getMinutes();
        }
        nextLeader = review.getNextLeaderId();
        nextDeputy = review.getNextDeputyId();
    }

    private void reload() {
        review = queries.cluster(current.get(), cluster).orElse(review);
    }

    public void finaliseAll() {
        int[] n = new int[1];
        if (Messages.attempt(() -> n[0] = service.finaliseCluster(current.get(), cluster))) {
            Messages.info("review.finalisedAll", n[0]);
        }
        reload();
    }

    /** Records the meeting; the scan of the minutes is optional and checked by content (PDF, JPEG, PNG). */
    public void recordMeeting() {
        UploadedFile file = null;
        if (scan != null && scan.getSize() > 0) {
            try {
                file = UploadedFile.check(scan.getFileName(), scan.getContent(), ReviewService.MAX_FILE);
            } catch (RuleViolation v) {
                Messages.error(v);
                return;
            }
        }
        ReviewService.MeetingRecord form = new ReviewService.MeetingRecord(heldOn, place, attendees == null ? 0 : attendees,
                voters == null ? 0 : voters, attendeeNames, minutes, new HashMap<>(votes), nextLeader, nextDeputy);
        UploadedFile checked = file;
        if (Messages.attempt(() -> service.recordMeeting(current.get(), cluster, form, checked))) {
            Messages.info("review.meetingRecorded");
        }
        scan = null;
        reload();
    }

    public void propose() {
        refusal = List.of();
        if (proposalUnit == null || proposalAward == null) {
            Messages.error("review.proposal.error.choose");
            return;
        }
        try {
            service.propose(current.get(), cluster, proposalUnit, proposalAward, proposalReason);
            Messages.info("review.proposed");
            proposalReason = null;
        } catch (ReviewService.ProposalRefused refused) {
            Messages.error(refused);
            List<String> reasons = new ArrayList<>();
            refused.getReasons().forEach(r -> reasons.add(Messages.text(r.getKey(), r.getArgs().toArray())));
            refusal = reasons;
        } catch (RuleViolation v) {
            Messages.error(v);
        }
        reload();
    }

    public void withdraw(long proposalId) {
        if (Messages.attempt(() -> service.withdraw(current.get(), proposalId))) {
            Messages.info("review.withdrawn");
        }
        reload();
    }

    public List<AwardView> getAwardChoices() {
        return awardChoices;
    }

    public ReviewView getReview() {
        return review;
    }

    public Long getCluster() {
        return cluster;
    }

    public void setCluster(Long cluster) {
        this.cluster = cluster;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getAttendees() {
        return attendees;
    }

    public void setAttendees(Integer attendees) {
        this.attendees = attendees;
    }

    public Integer getVoters() {
        return voters;
    }

    public void setVoters(Integer voters) {
        this.voters = voters;
    }

    public String getAttendeeNames() {
        return attendeeNames;
    }

    public void setAttendeeNames(String attendeeNames) {
        this.attendeeNames = attendeeNames;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Map<Long, Integer> getVotes() {
        return votes;
    }

    public Long getNextLeader() {
        return nextLeader;
    }

    public void setNextLeader(Long nextLeader) {
        this.nextLeader = nextLeader;
    }

    public Long getNextDeputy() {
        return nextDeputy;
    }

    public void setNextDeputy(Long nextDeputy) {
        this.nextDeputy = nextDeputy;
    }

    public org.primefaces.model.file.UploadedFile getScan() {
        return scan;
    }

    public void setScan(org.primefaces.model.file.UploadedFile scan) {
        this.scan = scan;
    }

    public Long getProposalUnit() {
        return proposalUnit;
    }

    public void setProposalUnit(Long proposalUnit) {
        this.proposalUnit = proposalUnit;
    }

    public Long getProposalAward() {
        return proposalAward;
    }

    public void setProposalAward(Long proposalAward) {
        this.proposalAward = proposalAward;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    public void setProposalReason(String proposalReason) {
        this.proposalReason = proposalReason;
    }

    /** Why the last proposal was refused, one line per unmet condition. */
    public List<String> getRefusal() {
        return refusal;
    }
}
