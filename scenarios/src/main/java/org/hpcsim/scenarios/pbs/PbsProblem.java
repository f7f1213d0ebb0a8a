package org.hpcsim.scenarios.pbs;

/** What is wrong with a record, before the reader adds the file and line; internal to this package. */
final class PbsProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PbsProblem(String problem) {
        super(problem, null, false, false);
    }
}
