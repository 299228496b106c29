/** The slakit command line. Products are found through the catalogue only. */
module io.slakit.cli {
    requires io.slakit.core;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml; // export openslo
    requires java.management; // evaluate --stats reads the heap's peak
    requires jdk.management;

    opens io.slakit.cli to info.picocli;
}
