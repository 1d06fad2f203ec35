package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.ringside.core.engine.DeviceModel;
import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.TraceFormat;

/**
 * In the workbench (the product's OSGi runtime), the registry sees every device model and trace format
 * the Ringside bundles register in their META-INF/services: through Aries SPI Fly, which the product
 * starts at level 2. Without it the lists would hold core's own format alone and no model.
 */
class ExtensionsInWorkbenchTest {

    @Test
    void everyShippedModelAndFormatIsFound() {
        assertEquals(List.of("nvme", "nvme-op", "virtio", "virtio-op"),
                Extensions.deviceModels().stream().map(DeviceModel::name).toList());
        assertEquals(List.of("rstrace", "qemu-log"), Extensions.traceFormats().stream().map(TraceFormat::name).toList());
    }
}
