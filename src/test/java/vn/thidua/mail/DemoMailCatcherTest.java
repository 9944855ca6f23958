package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

/** A demo started while its mail catcher's port is taken still gets its mail: the catcher takes a free port. */
class DemoMailCatcherTest {

    @Test
    void aTakenPortIsReplacedByAFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName(DemoMailCatcher.HOST))) {
            GreenMail catcher = DemoMailCatcher.start(taken.getLocalPort());
            try {
                assertThat(catcher.getSmtp().getPort()).isPositive().isNotEqualTo(taken.getLocalPort());
            } finally {
                catcher.stop();
            }
        }
    }
}
