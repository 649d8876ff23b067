package org.xinqiao.plugin.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/** The requirement plugins declare is understood by PF4J the way the README says. */
class PluginApiVersionTest {

    private static final String REQUIRES = ">=1.0.0 & <2.0.0";

    private final VersionManager versions = new DefaultVersionManager();

    @Test
    void aPluginBuiltForOnePointXLoadsOnThisApi() {
        assertTrue(versions.checkVersionConstraint(PluginApi.VERSION, REQUIRES));
    }

    @Test
    void aPluginBuiltForOnePointXLoadsOnLaterMinorVersions() {
        assertTrue(versions.checkVersionConstraint("1.7.3", REQUIRES));
    }

    @Test
    void aPluginBuiltForOnePointXIsRefusedByTheNextMajorVersion() {
        assertFalse(versions.checkVersionConstraint("2.0.0", REQUIRES));
    }
}
