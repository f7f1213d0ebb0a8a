package org.hpcsim.scenarios.sacct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hpcsim.models.workload.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JobIDs, memory sizes, TRES lists and states as sacct prints them. */
class SacctFieldsTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "123;           123;  123;      false; -1; false",
        "123.batch;     123;  123;      false; -1; true",
        "123.extern;    123;  123;      false; -1; true",
        "123.0;         123;  123;      false; -1; true",
        "123_4;         123;  123_4;    true;  -1; false",
        "123_4.batch;   123;  123_4;    true;  -1; true",
        "123_[5-9];     123;  123_[5-9]; true; -1; false",
        "123+0;         123;  123;      false;  0; false",
        "123+1.0;       123;  123;      false;  1; true",
        "123.0+1;       123;  123;      false; -1; true",
    })
    void shouldTakeJobIdsApart(String text, long job, String key, boolean array, int het, boolean step) {
        assertEquals(new SacctJobId(job, key, array, het, step), SacctJobId.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"''", "abc", "_4", "123.", "123_", "123_x", "123+", "123+a", "123-4", "١٢٣"})
    void shouldRejectOtherJobIds(String text) {
        assertNull(SacctJobId.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
        "4000M,   4096000, JOB",
        "4000,    4096000, JOB",
        "32G,     33554432, JOB",
        "4Gn,     4194304, NODE",
        "4Gc,     4194304, CPU",
        "1.50Gn,  1572864, NODE",
        "2000Mc,  2048000, CPU",
        "512K,    512,     JOB",
        "1T,      1073741824, JOB",
    })
    void shouldReadReqMemWithItsScope(String text, long kb, SacctMemory.Scope scope) {
        assertEquals(new SacctMemory(kb, scope), SacctMemory.parseReqMem(text));
    }

    @ParameterizedTest
    @CsvSource({"0n", "0c", "0", "''"})
    void shouldReadNoMemoryRequestAsUnknown(String text) {
        assertEquals(-1, SacctMemory.parseReqMem(text).totalKilobytes(4, 1));
    }

    @ParameterizedTest
    @CsvSource({"G", "4 G", "4GB", "-4G", "4Gx", "1e3M"})
    void shouldRejectOtherMemorySizes(String text) {
        assertNull(SacctMemory.parseReqMem(text));
    }

    @Test
    void shouldScaleMemoryPerNodeAndPerCpuToTheWholeJob() {
        assertEquals(8L * 1024 * 1024, SacctMemory.parseReqMem("4Gn").totalKilobytes(64, 2));
        assertEquals(4L * 1024 * 1024, SacctMemory.parseReqMem("4Gn").totalKilobytes(64, 0)); // nodes unknown: one
        assertEquals(256L * 1024 * 1024, SacctMemory.parseReqMem("4Gc").totalKilobytes(64, 2));
        assertEquals(4L * 1024 * 1024, SacctMemory.parseReqMem("4G").totalKilobytes(64, 2));
    }

    @Test
    void shouldReadTheCountsOfATresList() {
        assertEquals(new SacctTres(8, 1, 2, 32L * 1024 * 1024, "a100"),
                SacctTres.parse("billing=8,cpu=8,gres/gpu=2,gres/gpu:a100=2,mem=32G,node=1"));
        assertEquals(new SacctTres(8, -1, 3, -1, ""), SacctTres.parse("cpu=8,gres/gpu:a100=2,gres/gpu:v100=1"));
        assertEquals(new SacctTres(4, 1, 0, 4000L * 1024, ""),
                SacctTres.parse("cpu=4,energy=123,fs/disk=10,mem=4000M,node=1,gres/gpumem=0"));
        assertEquals(SacctTres.EMPTY, SacctTres.parse(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"cpu", "cpu=", "cpu=8,", "cpu=8 node=1", "gres/gpu=two", "mem=lots", "cpu=-1"})
    void shouldRejectMalformedTresLists(String text) {
        assertNull(SacctTres.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "COMPLETED;          COMPLETED",
        "FAILED;             FAILED",
        "OUT_OF_MEMORY;      FAILED",
        "BOOT_FAIL;          FAILED",
        "CANCELLED;          CANCELLED",
        "CANCELLED by 1234;  CANCELLED",
        "CANCELLED+;         CANCELLED",
        "TIMEOUT;            TIMEOUT",
        "DEADLINE;           TIMEOUT",
        "NODE_FAIL;          NODE_FAIL",
        "PREEMPTED;          PREEMPTED",
        "RESIZING;           PARTIAL",
        "completed;          COMPLETED",
        "SOMETHING_NEW;      UNKNOWN",
    })
    void shouldMapFinalStatesToStatuses(String state, JobStatus status) {
        assertEquals(status, SacctState.of(state).status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "PENDING;      NOT_STARTED",
        "REVOKED;      NOT_STARTED",
        "RUNNING;      ACTIVE",
        "SUSPENDED;    ACTIVE",
        "COMPLETING;   ACTIVE",
        "REQUEUED;     REQUEUED",
        "REQUEUE_HOLD; REQUEUED",
        "SPECIAL_EXIT; REQUEUED",
    })
    void shouldRecogniseRecordsOfNoFinishedJob(String state, SacctState meaning) {
        assertEquals(meaning, SacctState.of(state));
    }
}
