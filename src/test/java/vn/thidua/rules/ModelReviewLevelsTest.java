package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/** How many levels review an exemplary model's proposal: the rule set's {@code models.reviewLevels}. */
class ModelReviewLevelsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theParentAloneReviewsUnlessTheRuleSetSaysMore() throws IOException {
        assertThat(RuleSetDefinition.parse(json(null)).models().reviewLevels()).isEqualTo(1);
        assertThat(RuleSetDefinition.parse(json(2)).models().reviewLevels()).isEqualTo(2);
        assertThat(RuleSetFiles.open("giao-duc-2025").models().reviewLevels()).isEqualTo(1);
    }

    @Test
    void aReviewLevelsOutsideOneToFiveIsRefusedInVietnamese() {
        for (Object bad : new Object[] {0, 6, "hai", 1.5}) {
            assertThatThrownBy(() -> RuleSetDefinition.parse(json(bad))).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(InputError::field, InputError::message)
                            .anySatisfy(fm -> {
                                assertThat(fm.toList().get(0)).isEqualTo("models.reviewLevels");
                                assertThat((String) fm.toList().get(1)).contains("số nguyên từ 1 đến 5");
                            }));
        }
    }

    private static byte[] json(Object reviewLevels) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(RuleSetFiles.ROOT.resolve("giao-duc-2025")
                .resolve("ruleset.json")));
        ObjectNode models = (ObjectNode) root.path("models");
        if (reviewLevels instanceof Integer n) {
            models.put("reviewLevels", n);
        } else if (reviewLevels instanceof Double d) {
            models.put("reviewLevels", d);
        } else if (reviewLevels != null) {
            models.put("reviewLevels", reviewLevels.toString());
        }
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }
}
