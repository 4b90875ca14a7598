package cn.overloadcontrol;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules reach each other only through their top-level package, and never in a cycle. */
class ModularityTest {

    @Test
    void modulesRespectBoundaries() {
        ApplicationModules.of(OverloadControlApplication.class).verify();
    }
}
