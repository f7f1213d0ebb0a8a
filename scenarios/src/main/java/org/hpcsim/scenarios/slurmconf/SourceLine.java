package org.hpcsim.scenarios.slurmconf;

import org.hpcsim.scenarios.ScenarioException;

/**
 * Where something was written: a file name (as the user sees it, without folders) and a 1-based line.
 *
 * @param file the file's name, such as {@code slurm.conf}
 * @param line the 1-based physical line
 */
public record SourceLine(String file, int line) {

    /** A one-line error {@code FILE:LINE: what is wrong (what is allowed)} at this place. */
    ScenarioException error(String problem) {
        return new ScenarioException(this + ": " + problem);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
