package vn.thidua.review;

import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.ScopeFixture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewAccessTest {

    private final ScopeFixture f = new ScopeFixture();

    @Test
    void readIsTheSharedClusterRule() {
        assertTrue(ReviewAccess.canRead(f.viewer, f.cluster1));
        assertTrue(ReviewAccess.canRead(f.deputyChair1, f.cluster1));
        assertTrue(ReviewAccess.canRead(f.memberViewer2, f.cluster2));
        assertFalse(ReviewAccess.canRead(f.memberViewer2, f.cluster1), "another cluster's evidence and minutes");
        assertFalse(ReviewAccess.canRead(f.otherViewer, f.cluster1));
    }

    @Test
    void selfScoreOnlyForTheOwnUnit() {
        assertTrue(ReviewAccess.canSelfScore(f.memberChair2, f.thuanHoa));
        assertTrue(ReviewAccess.canSelfScore(f.memberViceChair2, f.thuanHoa));
        assertFalse(ReviewAccess.canSelfScore(f.memberViewer2, f.thuanHoa));
        assertFalse(ReviewAccess.canSelfScore(f.staff, f.thuanHoa));
        assertFalse(ReviewAccess.canSelfScore(f.leaderChair2, f.thuanHoa));
    }

    @Test
    void theLeaderReviewsMembersTheDeputyReviewsTheLeaderNobodyTheirOwn() {
        assertTrue(ReviewAccess.canReview(f.leaderChair2, f.cluster2, f.thuanHoa));
        assertFalse(ReviewAccess.canReview(f.leaderChair2, f.cluster2, f.dongThanh));
        assertTrue(ReviewAccess.canReview(f.deputyChair1, f.cluster1, f.vanKhanhTay));
        assertFalse(ReviewAccess.canReview(f.memberChair2, f.cluster2, f.dongHoa));
        assertFalse(ReviewAccess.canReview(f.leaderChair1, f.cluster2, f.thuanHoa));
        assertTrue(ReviewAccess.canReview(f.staff, f.cluster2, f.thuanHoa));
        assertFalse(ReviewAccess.canReview(f.viewer, f.cluster2, f.thuanHoa));
        assertFalse(ReviewAccess.canReview(f.otherStaff, f.cluster2, f.thuanHoa));
    }

    @Test
    void staffFinaliseTheLeaderRunsTheMeeting() {
        assertTrue(ReviewAccess.isStaff(f.staff, f.cluster1));
        assertFalse(ReviewAccess.isStaff(f.viewer, f.cluster1));
        assertFalse(ReviewAccess.isStaff(f.otherStaff, f.cluster1));
        assertTrue(ReviewAccess.canRunMeeting(f.leaderChair1, f.cluster1));
        assertTrue(ReviewAccess.canRunMeeting(f.staff, f.cluster1));
        assertFalse(ReviewAccess.canRunMeeting(f.deputyChair1, f.cluster1));
        assertFalse(ReviewAccess.canRunMeeting(f.leaderChair2, f.cluster1));
    }
}
