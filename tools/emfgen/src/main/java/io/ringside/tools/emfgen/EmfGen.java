package io.ringside.tools.emfgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF code of Ringside's model headless: reads {@code model/ringside.ecore} of
 * {@code io.ringside.model}, writes {@code model/ringside.genmodel} (the generator settings live here,
 * in code, so a run is reproducible), and generates the model and edit code into a scratch folder
 * (argument 2). {@code tools/emfgen/run} copies the generated sources into the bundles.
 */
public final class EmfGen {

    private EmfGen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EmfGen <bundles folder> <scratch folder>");
            System.exit(2);
        }
        Path bundles = Paths.get(args[0]).toAbsolutePath().normalize();
        Path scratch = Paths.get(args[1]).toAbsolutePath().normalize();
        deleteTree(scratch);
        Files.createDirectories(scratch);
        for (String p : List.of("io.ringside.model", "io.ringside.model.edit")) {
            Files.createDirectories(scratch.resolve(p));
            EcorePlugin.getPlatformResourceMap().put(p, URI.createFileURI(scratch.resolve(p) + "/"));
        }
        Path modelDir = bundles.resolve("io.ringside.model/model");

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        Resource ecore = rs.getResource(URI.createFileURI(modelDir.resolve("ringside.ecore").toString()), true);
        EPackage root = (EPackage) ecore.getContents().get(0);

        GenModel gm = GenModelFactory.eINSTANCE.createGenModel();
        Resource genRes = rs.createResource(URI.createFileURI(modelDir.resolve("ringside.genmodel").toString()));
        genRes.getContents().add(gm);
        gm.initialize(List.of(root));
        gm.setModelName("Ringside");
        gm.setModelDirectory("/io.ringside.model/src-gen");
        gm.setEditDirectory("/io.ringside.model.edit/src-gen");
        gm.setModelPluginID("io.ringside.model");
        gm.setEditPluginID("io.ringside.model.edit");
        gm.setEditPluginClass("io.ringside.model.edit.internal.RingsideEditPlugin");
        gm.setComplianceLevel(GenJDKLevel.JDK110_LITERAL);
        gm.setImporterID("org.eclipse.emf.importer.ecore");
        gm.getForeignModel().add("ringside.ecore");
        gm.setCopyrightFields(false);
        gm.setUpdateClasspath(false);
        gm.setBundleManifest(true);
        gm.setOperationReflection(true);
        gm.setCodeFormatting(false);
        gm.setCanGenerate(true);
        gm.setEditorDirectory(null);
        for (GenPackage gp : gm.getGenPackages()) {
            gp.setBasePackage("io.ringside");
            gp.setPrefix("Ringside");
            for (GenPackage nested : gp.getNestedGenPackages()) {
                String n = nested.getEcorePackage().getName();
                nested.setPrefix(Map.of("trace", "Trace", "virtio", "Virtio", "nvme", "Nvme").get(n));
            }
        }
        gm.setCreationCommands(false);
        gm.setCreationIcons(false);
        gm.setCreationSubmenus(false);
        for (GenPackage gp : gm.getAllGenPackagesWithClassifiers()) {
            for (GenClass gc : gp.getGenClasses()) {
                // the model is a view of a replay: nothing is edited, everything is shown read-only
                for (GenFeature f : gc.getGenFeatures()) {
                    f.setCreateChild(false);
                    if (f.getProperty() == GenPropertyKind.EDITABLE_LITERAL) {
                        f.setProperty(GenPropertyKind.READONLY_LITERAL);
                    }
                }
                for (GenFeature f : gc.getAllGenFeatures()) {
                    if (f.getEcoreFeature().getName().equals("label")) {
                        gc.setLabelFeature(f);
                    }
                }
            }
        }
        Diagnostic d = gm.diagnose();
        if (d.getSeverity() == Diagnostic.ERROR) {
            System.err.println("genmodel invalid: " + d);
            System.exit(1);
        }
        genRes.save(Map.of());

        // outside Eclipse no extension registers the GenModel generator adapters: do it here
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator gen = new Generator();
        gen.setInput(gm);
        BasicMonitor.Printing monitor = new BasicMonitor.Printing(System.out);
        Diagnostic m = gen.generate(gm, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor);
        Diagnostic e = gen.generate(gm, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor);
        for (Diagnostic r : List.of(m, e)) {
            print(r, "");
            if (r.getSeverity() == Diagnostic.ERROR) {
                System.err.println("generation failed: " + r);
                System.exit(1);
            }
        }
        System.out.println("generated into " + scratch);
    }

    private static void print(Diagnostic d, String indent) {
        if (d.getSeverity() != Diagnostic.OK || !d.getChildren().isEmpty()) {
            System.out.println(indent + d.getSeverity() + " " + d.getMessage()
                    + (d.getException() != null ? " " + d.getException() : ""));
        }
        for (Diagnostic c : d.getChildren()) {
            print(c, indent + "  ");
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
