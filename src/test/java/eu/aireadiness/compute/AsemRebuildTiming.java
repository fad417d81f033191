package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import eu.aireadiness.methodology.engine.CompositeIndex;
import eu.aireadiness.methodology.engine.IndexData;
import eu.aireadiness.methodology.engine.MethodSpec;

/**
 * How long one warm rebuild of the ASEM index takes (configuration A), for Monte Carlo users. Run on demand, as
 * timings depend on the machine: {@code mvn test -Dtest=AsemRebuildTiming -Dtiming=true}.
 */
@EnabledIfSystemProperty(named = "timing", matches = "true")
class AsemRebuildTiming {

    @Test
    void aWarmRebuildTakesWellUnderAMillisecond() {
        MetaFile meta = MetaFile.read(AsemConfigurationATest.ASEM.resolve("iMeta.csv"));
        MethodSpec method = MethodFile.read(AsemConfigurationATest.ASEM.resolve("method-A.yml"));
        IndexData data = DataFile.read(AsemConfigurationATest.ASEM.resolve("iData_long.csv"), meta,
                method.denominate());
        double sink = 0;
        for (int i = 0; i < 2_000; i++) {
            sink += CompositeIndex.build(data, meta.structure(), method).aggregated().get(0, 0);
        }
        int rebuilds = 10_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rebuilds; i++) {
            sink += CompositeIndex.build(data, meta.structure(), method).aggregated().get(0, 0);
        }
        double micros = (System.nanoTime() - start) / 1e3 / rebuilds;
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / rebuilds;
        // the CPU time of this thread leaves out the time spent waiting for a core on a busy machine
        System.out.printf("one warm ASEM rebuild: %.1f microseconds elapsed, %.1f of CPU (checksum %.3f)%n", micros,
                cpuMicros, sink);
        assertThat(micros).isLessThan(1000);
    }
}
