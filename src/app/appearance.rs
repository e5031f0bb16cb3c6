//! View → Theme: light, dark, or following the system. The window's widgets take egui's
//! matching style; every colour Tempora draws itself comes from [`crate::render::Theme`].

use super::TemporaApp;
use crate::render::Theme;

/// The theme the user chose for the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Always light.
    #[default]
    Light,
    /// Always dark.
    Dark,
    /// Light or dark as the operating system says.
    System,
}

impl ThemeChoice {
    /// Every choice, in menu order, with its menu text.
    pub const ALL: [(Self, &'static str); 3] = [
        (Self::Light, "Light"),
        (Self::Dark, "Dark"),
        (Self::System, "Follow system"),
    ];

    fn preference(self) -> egui::ThemePreference {
        match self {
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
            Self::System => egui::ThemePreference::System,
        }
    }
}

/// The View menu's Theme submenu.
pub(super) fn theme_menu(app: &mut TemporaApp, ui: &mut egui::Ui) {
    ui.menu_button("Theme", |ui| {
        for (choice, text) in ThemeChoice::ALL {
            if ui.radio(app.theme_choice == choice, text).clicked() {
                app.theme_choice = choice;
                ui.close();
            }
        }
    });
}

/// Applies the chosen theme to egui and to Tempora's own colours; called every frame so
/// that "Follow system" follows a change of the system's theme.
pub(super) fn apply(app: &mut TemporaApp, ctx: &egui::Context) {
    let preference = app.theme_choice.preference();
    if ctx.options(|o| o.theme_preference) != preference {
        ctx.set_theme(preference);
    }
    let dark = ctx.theme() == egui::Theme::Dark;
    if app.theme.is_dark() != dark {
        app.theme = if dark { Theme::dark() } else { Theme::light() };
    }
}

impl TemporaApp {
    /// The theme chosen for the window.
    pub fn theme_choice(&self) -> ThemeChoice {
        self.theme_choice
    }

    /// Chooses the window's theme (applied on the next frame).
    pub fn set_theme_choice(&mut self, choice: ThemeChoice) {
        self.theme_choice = choice;
    }

    /// The colours the window draws with now.
    pub fn theme(&self) -> &Theme {
        &self.theme
    }
}
