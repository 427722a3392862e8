package vn.thidua.award;

import vn.thidua.security.Actor;

/**
 * The catalogue of titles and commendations, with the conditions proposals are checked against, is one list for
 * every organiser (awards carry no organiser): only the administrator edits it, so that no district's staff can loosen
 * the conditions another district's proposals are judged by. Staff and everyone else read it.
 */
public final class AwardAccess {

    private AwardAccess() {
    }

    public static boolean canCurate(Actor actor) {
        return actor.isAdmin();
    }
}
