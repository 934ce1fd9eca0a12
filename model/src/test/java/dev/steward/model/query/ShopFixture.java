package dev.steward.model.query;

import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The small shop project of the query tests, its tables in a private in-memory H2 database. */
final class ShopFixture implements AutoCloseable {
    final SemanticProject project;
    final Connection connection;

    ShopFixture() throws IOException, SQLException, URISyntaxException {
        Path root = Path.of(ShopFixture.class.getResource("shop").toURI());
        project = SemanticProject.read(root);
        connection = DriverManager.getConnection("jdbc:h2:mem:shop-" + UUID.randomUUID());
        try (InputStream in = ShopFixture.class.getResourceAsStream("shop/data.sql");
             Statement s = connection.createStatement()) {
            for (String statement : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    static RelationResolver relations() {
        return new RelationResolver() {
            @Override
            public Optional<String> relation(SemanticModel model) {
                return model.model();
            }

            @Override
            public TimeSpineRelation timeSpine() {
                return new TimeSpineRelation("metricflow_time_spine", "date_day");
            }
        };
    }

    CompiledQuery compile(MetricQuery query) throws QueryCompileException {
        return new MetricQueryCompiler(project, relations(), SqlDialect.H2).compile(query);
    }

    /** The rows a user sees, each as {@code value|value|...}; numbers without trailing zeros, 4 decimals at most. */
    List<String> rows(MetricQuery query) throws QueryCompileException, SQLException {
        CompiledQuery compiled = compile(query);
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(compiled.sql())) {
            for (int i = 0; i < compiled.parameters().size(); i++) {
                ps.setObject(i + 1, compiled.parameters().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 1; c <= n; c++) {
                        cells.add(cell(rs.getObject(c)));
                    }
                    rows.add(String.join("|", cells));
                }
            }
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n" + compiled.sql(), e);
        }
        return rows;
    }

    List<String> sortedRows(MetricQuery query) throws QueryCompileException, SQLException {
        List<String> rows = new ArrayList<>(rows(query));
        rows.sort(null);
        return rows;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number number) {
            BigDecimal d = new BigDecimal(number.toString()).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toLocalDate().toString();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate().toString();
        }
        return value.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
