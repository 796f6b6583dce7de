package cn.safety.enforcement.web.e2e;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Years for the plans the tests draw up: one plan per department and year, so each test takes years no other test
 * takes (the test database is fresh for each run; the demo data plans 2026 and 2027, DrawIT 2031 and 2032, the benchmark
 * 2099).
 */
final class PlanYears {

    private static final AtomicInteger NEXT = new AtomicInteger(2040);

    private PlanYears() {
    }

    static int next() {
        return NEXT.getAndIncrement();
    }
}
