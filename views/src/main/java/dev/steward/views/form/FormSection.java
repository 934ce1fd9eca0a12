package dev.steward.views.form;

import java.util.function.Function;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The pages of the contract form, in the order of the ODCS document. */
public enum FormSection {
    FUNDAMENTALS("Fundamentals", Feather.FILE_TEXT, FundamentalsSection::build),
    SCHEMA("Schema", Feather.DATABASE, SchemaSection::build),
    QUALITY("Quality", Feather.CHECK_CIRCLE, QualitySection::build),
    SLA("SLA", Feather.CLOCK, SlaSection::build),
    SERVERS("Servers", Feather.SERVER, ServersSection::build),
    TEAM("Team", Feather.USERS, TeamSection::build);

    private final String title;
    private final Ikon icon;
    private final Function<ContractFormViewModel, Node> builder;

    FormSection(String title, Ikon icon, Function<ContractFormViewModel, Node> builder) {
        this.title = title;
        this.icon = icon;
        this.builder = builder;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    Node build(ContractFormViewModel vm) {
        return builder.apply(vm);
    }
}
