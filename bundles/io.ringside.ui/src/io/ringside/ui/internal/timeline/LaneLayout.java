package io.ringside.ui.internal.timeline;

import java.util.List;

import io.ringside.ui.trace.timeline.Lane;
import io.ringside.ui.trace.timeline.Timeline;

/**
 * Where the time graph's lanes are, top to bottom (before scrolling): a header for each group of lanes
 * (a device and epoch), then its lanes, each as high as its stacked rows of requests need.
 */
final class LaneLayout {

    static final int AXIS_H = 30;
    static final int LEGEND_H = 22;
    static final int GROUP_H = 18;
    static final int LANE_PAD = 3;

    private LaneLayout() {
    }

    /** Pixels of one stacked row of a lane. */
    static int rowHeight(Lane l) {
        int rows = l.rows();
        return rows <= 2 ? 9 : rows <= 6 ? 6 : rows <= 16 ? 4 : Math.max(1, 64 / rows);
    }

    static int laneHeight(Lane l) {
        return Math.max(16, l.rows() * rowHeight(l)) + 2 * LANE_PAD + 4;
    }

    /** The y of the first stacked row of a lane whose top is {@code laneTop}. */
    static int rowsTop(int laneTop) {
        return laneTop + LANE_PAD + 2;
    }

    /** The y of the top of request i's row. */
    static int rowY(Lane l, int i, int laneTop) {
        return rowsTop(laneTop) + Math.min(l.row(i), Lane.MAX_ROWS - 1) * rowHeight(l);
    }

    /** The y of each lane's top (before scrolling), and of the end, with a group header before each group. */
    static int[] tops(Timeline timeline) {
        List<Lane> ls = timeline.lanes();
        int[] tops = new int[ls.size() + 1];
        int y = AXIS_H;
        String group = null;
        for (int i = 0; i < ls.size(); i++) {
            if (!ls.get(i).group().equals(group)) {
                group = ls.get(i).group();
                y += GROUP_H;
            }
            tops[i] = y;
            y += laneHeight(ls.get(i));
        }
        tops[ls.size()] = y;
        return tops;
    }
}
