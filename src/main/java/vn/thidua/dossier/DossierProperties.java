package vn.thidua.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Award dossiers and decisions ({@code thidua.dossier}).
 *
 * @param place the place name in a decision's date line (địa danh), e.g. "Thành phố Hồ Chí Minh"
 */
@ConfigurationProperties("thidua.dossier")
record DossierProperties(@DefaultValue("Thành phố Hồ Chí Minh") String place) {
}
