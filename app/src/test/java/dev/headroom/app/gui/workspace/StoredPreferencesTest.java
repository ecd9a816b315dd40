package dev.headroom.app.gui.workspace;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The text size is kept with the other preferences, in a node of its own so the user's are never touched. */
class StoredPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("dev/headroom/test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theTextSizeIsStandardUntilChosenAndThenRemembered() {
        assertThat(new StoredPreferences(node).textScale()).isEqualTo(TextScale.STANDARD);
        new StoredPreferences(node).saveTextScale(TextScale.LARGEST);
        assertThat(new StoredPreferences(node).textScale()).isEqualTo(TextScale.LARGEST);
        assertThat(node.get("textScale", null)).isEqualTo("LARGEST");
    }

    @Test
    void anUnknownStoredTextSizeFallsBackToStandard() {
        node.put("textScale", "ENORMOUS");
        assertThat(new StoredPreferences(node).textScale()).isEqualTo(TextScale.STANDARD);
    }
}
