package org.hpcsim.models.kube;

import java.util.List;

/** Hears the end of every Volcano session; for tests that check no gang is left partly bound. */
interface SessionListener {
    void sessionEnded(long now, List<KubeJob> pending, List<KubeJob> running, NodeTable table);
}
