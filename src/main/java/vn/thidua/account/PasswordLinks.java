package vn.thidua.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.PasswordLinkRepository.Link;
import vn.thidua.deadline.EngineClock;
import vn.thidua.mail.MailOutbox;
import vn.thidua.mail.OutboxMail;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * Single-use, expiring links by which a person sets their own password: sent by mail when an import creates their
 * account, and again whenever an administrator asks. The password is checked against Camunda's password policy
 * and stored through Camunda's IdentityService, which hashes it; we keep only a hash of the link's token.
 */
@Service
class PasswordLinks {

    /** Where the link leads (a page of ours, reachable without signing in). */
    public static final String PAGE = "/account/password";
    static final String TEMPLATE = "password-link";

    private static final Logger log = LoggerFactory.getLogger(PasswordLinks.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern(Messages.get("deadline.label.pattern"));

    private final PasswordLinkRepository links;
    private final IdentityService identityService;
    private final MailOutbox outbox;
    private final EngineClock clock;
    private final AccountProperties properties;
    private final MessageSource messages;
    private final SecureRandom random = new SecureRandom();

    PasswordLinks(PasswordLinkRepository links, IdentityService identityService, MailOutbox outbox,
                         EngineClock clock, AccountProperties properties, MessageSource messages) {
        this.links = links;
        this.identityService = identityService;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.messages = messages;
    }

    /** A link that is still good: not used, not replaced, not expired. */
    public record OpenLink(Link link, User user) {
    }

    /**
     * Sends {@code username} a new link (and voids the ones before it). In the caller's transaction: if it rolls
     * back, neither link nor mail exists.
     *
     * @param by who asked (an administrator's id, or null for an import)
     * @return when the new link expires
     * @throws java.util.NoSuchElementException if there is no such user
     * @throws InvalidInputException            if the user has no email address to send it to
     */
    @Transactional
    public OffsetDateTime send(String username, String by) {
        User user = Optional.ofNullable(identityService.createUserQuery().userId(username).singleResult())
                .orElseThrow(() -> new java.util.NoSuchElementException(message("account.link.noUser")));
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            throw new InvalidInputException(message("account.link.noEmail"),
                    List.of(new InputError(0, 0, "email", message("account.link.noEmail"))));
        }
        OffsetDateTime now = clock.now();
        OffsetDateTime expires = now.plus(properties.passwordLinkValidity());
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        links.voidOpenLinks(username, now);
        long id = links.insert(username, hash(token), now, expires, by);
        String fullName = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
        outbox.queue(new OutboxMail("password-link:" + id, user.getEmail(), fullName.isEmpty() ? username : fullName,
                TEMPLATE, Map.of("username", username, "linkUrl", PAGE + "?token=" + token,
                        "expiresLabel", LABEL.format(expires), "validHours", properties.passwordLinkValidity().toHours())));
        log.info("Password link {} for user {} sent (by {})", id, username, by == null ? "import" : by);
        return expires;
    }

    /** The link behind a token, if it still works. */
    public Optional<OpenLink> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return links.findByHash(hash(token.strip()))
                .filter(link -> link.usedAt() == null && link.expiresAt().isAfter(clock.now()))
                .flatMap(link -> Optional.ofNullable(identityService.createUserQuery().userId(link.username())
                        .singleResult()).map(user -> new OpenLink(link, user)));
    }

    /**
     * Sets the password the person chose, once: the link is used up, and a user Camunda held back after failed
     * logins is let in again.
     *
     * @return the user's id
     * @throws InvalidInputException with every unmet rule of the password policy, in Vietnamese; or, with one error
     *                               on the field {@link #TOKEN}, if the link is unknown, used, replaced or expired
     *                               ({@link #linkExpired})
     */
    @Transactional
    public String setPassword(String token, String password, String repeated) {
        OpenLink open = open(token).orElseThrow(this::expired);
        List<InputError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new InputError(0, 0, "password", message("account.password.empty")));
        } else {
            if (!password.equals(repeated)) {
                errors.add(new InputError(0, 0, "repeated", message("account.password.mismatch")));
            }
            PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, open.user());
            for (PasswordPolicyRule rule : result.getViolatedRules()) {
                errors.add(new InputError(0, 0, "password", policyMessage(rule)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(message("account.password.invalid"), errors);
        }
        if (!links.markUsed(open.link().id(), clock.now())) {
            throw expired();
        }
        User user = open.user();
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.unlockUser(user.getId());
        log.info("User {} set a password through link {}", user.getId(), open.link().id());
        return user.getId();
    }

    /** Links sent and not used yet, for the administrators' list. */
    public List<Link> pending() {
        return links.pending(clock.now());
    }

    /** An administrator sends the person a (new) link; returns when it stops working. */
    public OffsetDateTime send(SignedInUser admin, String username) {
        return send(username, admin.requireAdmin().username());
    }

    /** Links sent and not used yet, for administrators only. */
    public List<Link> pending(SignedInUser admin) {
        admin.requireAdmin();
        return pending();
    }

    /** A pending link with its person's name and address. */
    public record PendingLink(Link link, String fullName, String email) {
    }

    /** The administrators' page: links sent and not used yet, each with its person's name and address. */
    public List<PendingLink> pendingWithPeople(SignedInUser admin) {
        List<Link> pending = pending(admin);
        Map<String, User> users = pending.isEmpty() ? Map.of() : identityService.createUserQuery()
                .userIdIn(pending.stream().map(Link::username).distinct().toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        return pending.stream().map(link -> {
            User user = users.get(link.username());
            return new PendingLink(link, user == null ? "" : (user.getFirstName() + " " + user.getLastName()).strip(),
                    user == null ? "" : user.getEmail());
        }).toList();
    }

    /** One sentence per rule of Camunda's policy; a rule we have no sentence for is named by its placeholder. */
    private String policyMessage(PasswordPolicyRule rule) {
        Object[] values = rule.getParameters() == null ? new Object[0] : rule.getParameters().values().toArray();
        return messages.getMessage("account.policy." + rule.getPlaceholder(), values,
                messages.getMessage("account.policy.other", new Object[] {rule.getPlaceholder()}, VIETNAMESE),
                VIETNAMESE);
    }

    private String message(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The field of the refusal that says the link no longer works. */
    public static final String TOKEN = "token";

    /** Whether a refusal of {@link #setPassword} says the link no longer works (the page says so and what to do). */
    public static boolean linkExpired(InvalidInputException refusal) {
        return refusal.errors().stream().anyMatch(error -> TOKEN.equals(error.field()));
    }

    private InvalidInputException expired() {
        String message = message("account.link.expired");
        return new InvalidInputException(message, List.of(new InputError(0, 0, TOKEN, message)));
    }
}
