use leptos::prelude::*;

/// Shown only if the bundled content cannot be parsed. It cannot come from the
/// content itself, so it speaks both languages from here.
#[component]
pub fn BrokenContent() -> impl IntoView {
    view! {
        <main class="broken" id="main">
            <h1>"Museo Casa de León Trotsky"</h1>
            <p lang="es">"La guía no pudo cargar su contenido. Vuelva a cargar la página; si el problema sigue, avísenos en la taquilla."</p>
            <p lang="en">"The guide could not load its content. Please reload the page; if it keeps happening, let us know at the ticket desk."</p>
            <button type="button" on:click=|_| { let _ = window().location().reload(); }>"Recargar · Reload"</button>
        </main>
    }
}
