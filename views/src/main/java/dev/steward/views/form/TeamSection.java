package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlPath;
import dev.steward.model.yaml.edit.YamlValue;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The team: its name and members with role and joining date (ODCS 3.0 plain member lists are supported too). */
final class TeamSection {
    private TeamSection() {
    }

    static Node build(ContractFormViewModel vm) {
        VBox page = FormLayout.page("Team", "The people responsible for this contract.");
        GridPane grid = FormLayout.grid();
        TextField name = new TextField();
        BoundText.field(vm, name, "formTeamName", YamlPath.parse("team.name"));
        Runnable shape = () -> {
            name.setDisable(vm.teamIsList());
            name.setPromptText(vm.teamIsList() ? "This contract lists members without a team name (ODCS 3.0)" : "");
        };
        shape.run();
        vm.revisionProperty().addListener((o, a, b) -> shape.run());
        FormLayout.row(grid, "Team name", name);
        ListSection members = new ListSection(vm, "formMembersTable", "Members", vm.teamMembers(),
                "No members yet: add one with +", () -> YamlValue.strings("username",
                        ContractFormViewModel.freeName(vm.teamMembers(), "username", "new_member"), "role", "member"));
        page.getChildren().addAll(grid, members.bar(), members.table().table());
        VBox.setVgrow(members.table().table(), Priority.ALWAYS);
        return page;
    }
}
