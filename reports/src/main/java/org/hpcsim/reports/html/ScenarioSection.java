package org.hpcsim.reports.html;

import org.hpcsim.reports.data.RunOutput;

/** The scenario as run, written out as YAML. */
final class ScenarioSection {
    private ScenarioSection() {}

    /** Appends the scenario of {@code run}. */
    static void append(StringBuilder sb, RunOutput run) {
        sb.append("<section id=\"scenario\">\n<h2>Scenario</h2>\n");
        if (run.scenario().isEmpty()) {
            sb.append("<p class=\"none\">summary.json holds no scenario.</p>\n");
        } else {
            sb.append("<pre class=\"yaml\">").append(ScenarioYaml.render(run.scenario())).append("</pre>\n");
            sb.append("<p class=\"note\">As run, after any command-line overrides.</p>\n");
        }
        sb.append("</section>\n");
    }
}
