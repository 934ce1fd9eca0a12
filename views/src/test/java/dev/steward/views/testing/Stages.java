package dev.steward.views.testing;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows a view in a test stage under the theme the studio uses by default. Call on the FX thread. */
public final class Stages {
    private Stages() {
    }

    public static void show(Stage stage, Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(root, width, height));
        stage.show();
    }
}
