package org.hpcsim.scenarios.swf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which trace jobs a simulator can replay, with what size and times, and why the rest are dropped. */
class SwfJobFilterTest {

    private static SwfRecord job(double submit, double run, int allocated, int requested, double requestedTime) {
        return new SwfRecord(1, submit, 0, run, allocated, -1, -1, requested, requestedTime, -1, 1, 1, 1, -1, -1, -1,
                -1, -1);
    }

    @Test
    void shouldUseAllocatedProcessorsWhenKnown() {
        SwfJobFilter filter = new SwfJobFilter(64);
        assertTrue(filter.accept(job(0, 100, 8, 16, 200)));
        assertEquals(8, filter.processors());
        assertEquals(100.0, filter.runTime());
        assertEquals(200.0, filter.requestedTime());
        assertEquals(0.0, filter.submitTime());
        assertNull(filter.lastDropReason());
    }

    @Test
    void shouldFallBackToRequestedProcessorsWhenAllocatedIsUnknown() {
        SwfJobFilter filter = new SwfJobFilter(64);
        assertTrue(filter.accept(job(0, 100, -1, 16, 200)));
        assertEquals(16, filter.processors());
        assertTrue(filter.accept(job(0, 100, 0, 4, 200)));
        assertEquals(4, filter.processors());
    }

    @Test
    void shouldDropAJobWithNoProcessorCount() {
        SwfJobFilter filter = new SwfJobFilter(64);
        assertFalse(filter.accept(job(0, 100, -1, -1, 200)));
        assertEquals(DropReason.NO_PROCESSOR_COUNT, filter.lastDropReason());
    }

    @Test
    void shouldDropAJobWithUnknownRunTimeButKeepRunTimeZero() {
        SwfJobFilter filter = new SwfJobFilter(64);
        assertFalse(filter.accept(job(0, -1, 8, 8, 200)));
        assertEquals(DropReason.UNKNOWN_RUN_TIME, filter.lastDropReason());
        assertTrue(filter.accept(job(0, 0, 8, 8, 200)));
        assertEquals(0.0, filter.runTime());
    }

    @Test
    void shouldDropAJobWithUnknownSubmitTime() {
        SwfJobFilter filter = new SwfJobFilter(64);
        assertFalse(filter.accept(job(-1, 10, 8, 8, 200)));
        assertEquals(DropReason.UNKNOWN_SUBMIT_TIME, filter.lastDropReason());
    }

    @Test
    void shouldDropAJobLargerThanTheMachineButKeepOneThatFillsIt() {
        SwfJobFilter filter = new SwfJobFilter(64);
        assertFalse(filter.accept(job(0, 10, 65, 65, 200)));
        assertEquals(DropReason.LARGER_THAN_MACHINE, filter.lastDropReason());
        assertTrue(filter.accept(job(0, 10, 64, 64, 200)));
    }

    @Test
    void shouldUseRunTimeWhenRequestedTimeIsMissingAndCountItWithoutDropping() {
        SwfJobFilter filter = new SwfJobFilter(64);
        assertTrue(filter.accept(job(0, 10, 1, 1, -1)));
        assertEquals(10.0, filter.requestedTime());
        assertTrue(filter.accept(job(0, 20, 1, 1, 0)));
        assertEquals(20.0, filter.requestedTime());
        assertTrue(filter.accept(job(0, 30, 1, 1, 45)));
        assertEquals(45.0, filter.requestedTime());
        assertEquals(2, filter.report().requestedTimeMissing());
        assertEquals(0, filter.report().dropped());
    }

    @Test
    void shouldDropAJobSubmittedBeforeThePreviousAcceptedJob() {
        SwfJobFilter filter = new SwfJobFilter(64);
        assertTrue(filter.accept(job(100, 10, 1, 1, 20)));
        assertFalse(filter.accept(job(500, -1, 1, 1, 20))); // dropped, so it sets no new bar
        assertTrue(filter.accept(job(100, 10, 1, 1, 20))); // equal submit times are in order
        assertFalse(filter.accept(job(99.5, 10, 1, 1, 20)));
        assertEquals(DropReason.SUBMIT_BEFORE_PREVIOUS, filter.lastDropReason());
        assertTrue(filter.accept(job(200, 10, 1, 1, 20)));
    }

    @Test
    void shouldNameTheFirstFailingCheckWhenSeveralFail() {
        SwfJobFilter filter = new SwfJobFilter(4);
        assertFalse(filter.accept(job(-1, -1, -1, -1, -1)));
        assertEquals(DropReason.NO_PROCESSOR_COUNT, filter.lastDropReason());
        assertFalse(filter.accept(job(-1, -1, 8, 8, -1)));
        assertEquals(DropReason.UNKNOWN_RUN_TIME, filter.lastDropReason());
        assertFalse(filter.accept(job(-1, 5, 8, 8, -1)));
        assertEquals(DropReason.UNKNOWN_SUBMIT_TIME, filter.lastDropReason());
    }

    @Test
    void shouldSummariseDropsInOneLineInReasonOrder() {
        SwfJobFilter filter = new SwfJobFilter(64);
        filter.accept(job(0, 10, 100, 100, 20));
        filter.accept(job(0, -1, 1, 1, 20));
        filter.accept(job(0, 10, 1, 1, -1));
        filter.accept(job(0, -1, 1, 1, 20));
        filter.accept(job(5, 10, 1, 1, 20));
        DropReport report = filter.report();
        assertEquals("dropped 3 of 5 jobs: 2 unknown run time, 1 larger than the machine; "
                + "requested time missing, used run time: 1", report.summary());
        assertEquals(report.summary(), report.toString());
        assertEquals(5, report.seen());
        assertEquals(2, report.accepted());
        assertEquals(2, report.dropped(DropReason.UNKNOWN_RUN_TIME));
    }

    @Test
    void shouldSummariseATraceWithNoDrops() {
        SwfJobFilter filter = new SwfJobFilter(64);
        filter.accept(job(0, 10, 1, 1, 20));
        assertEquals("dropped 0 of 1 jobs", filter.report().summary());
        assertEquals("dropped 0 of 0 jobs", new SwfJobFilter(1).report().summary());
    }

    @Test
    void shouldListEveryReasonInEnumOrder() {
        SwfJobFilter filter = new SwfJobFilter(64);
        filter.accept(job(0, -1, 1, 1, 20));
        Map<DropReason, Long> counts = filter.report().droppedByReason();
        assertEquals(List.of(DropReason.values()), List.copyOf(counts.keySet()));
        assertEquals(1L, counts.get(DropReason.UNKNOWN_RUN_TIME));
        assertEquals(0L, counts.get(DropReason.LARGER_THAN_MACHINE));
    }

    @Test
    void shouldJudgeTheReaderCursorLikeTheRecord() throws IOException {
        String text = "1 0 1 10 -1 -1 -1 8 -1 -1 1 1 1 -1 -1 -1 -1 -1\n2 5 1 -1 4 -1 -1 4 60 -1 5 1 1 -1 -1 -1 -1 -1\n";
        SwfJobFilter fromCursor = new SwfJobFilter(16);
        SwfJobFilter fromRecord = new SwfJobFilter(16);
        try (SwfReader reader = SwfReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
                "two.swf")) {
            while (reader.next()) {
                assertEquals(fromRecord.accept(reader.current()), fromCursor.accept(reader));
                assertEquals(fromRecord.processors(), fromCursor.processors());
                assertEquals(fromRecord.requestedTime(), fromCursor.requestedTime());
            }
        }
        assertEquals("dropped 1 of 2 jobs: 1 unknown run time; requested time missing, used run time: 1",
                fromCursor.report().summary());
    }

    @Test
    void shouldRefuseAMachineWithoutProcessors() {
        assertThrows(IllegalArgumentException.class, () -> new SwfJobFilter(0));
    }
}
