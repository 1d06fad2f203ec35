package io.ringside.qemu;

import java.util.Comparator;
import java.util.Map;

/**
 * Orders statistics entries by epoch, then queue (trace order), and adds totals. Plain classes rather
 * than lambdas: {@code stats} runs once per process, where each lambda's bootstrap costs more than the
 * work it does.
 */
final class StatsOrder implements Comparator<Map<String, Object>> {

    static final StatsOrder BY_EPOCH_THEN_QUEUE = new StatsOrder();

    private StatsOrder() {
    }

    @Override
    public int compare(Map<String, Object> a, Map<String, Object> b) {
        int c = Integer.compare((Integer) a.get("epoch"), (Integer) b.get("epoch"));
        return c != 0 ? c : Integer.compare((Integer) a.get("queue"), (Integer) b.get("queue"));
    }

    /** {@code totals[key] += value}. */
    static void add(Map<String, Long> totals, String key, long value) {
        Long have = totals.get(key);
        totals.put(key, have == null ? value : have + value);
    }
}
