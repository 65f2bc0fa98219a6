// The import preview's corrections, read again in place: choosing a part's role posts the
// form to the "correct" view and swaps in the new preview and its signed source. Without
// this script the "Read again with my corrections" button does the same with a page load.
(function () {
  "use strict";

  function preview() {
    return document.getElementById("dossier-import-preview");
  }

  // Typing to choose an option (`Ca…` for Caption) changes the select at every key: wait for
  // the editor to stop, and apply only the answer to the last choice.
  let latest = 0;
  let timer = null;

  async function reread(select, asked) {
    const form = select.form;
    // The reading table stands outside the form, tied to it by form="…": look in the document.
    const button = document.querySelector("[data-dossier-reread]");
    const focused = select.name;
    form.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(button.formAction, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { "X-Requested-With": "XMLHttpRequest" },
      });
      if (!response.ok || response.redirected) {
        form.action = button.formAction;
        form.submit(); // let the server say what went wrong, as without the script
        return;
      }
      const html = await response.text();
      if (asked !== latest) return; // a later choice is on its way
      const page = new DOMParser().parseFromString(html, "text/html");
      const fresh = page.getElementById("dossier-import-preview");
      const token = page.querySelector('input[name="source"]');
      if (!fresh || !token) {
        form.action = button.formAction;
        form.submit();
        return;
      }
      preview().replaceWith(fresh);
      // Scripts a DOMParser read never run; Wagtail's choosers start from inline ones.
      for (const parsed of fresh.querySelectorAll("script:not([src])")) {
        const script = document.createElement("script");
        script.textContent = parsed.textContent;
        parsed.replaceWith(script);
      }
      form.querySelector('input[name="source"]').value = token.value;
      const again = document.querySelector(`select[name="${focused}"]`);
      if (again) again.focus();
      const status = document.getElementById("dossier-import-status");
      if (status) status.textContent = status.dataset.done;
    } finally {
      form.removeAttribute("aria-busy");
    }
  }

  document.addEventListener("change", (event) => {
    const select = event.target;
    if (select.matches && select.matches("[data-dossier-reading] select")) {
      const asked = ++latest;
      clearTimeout(timer);
      timer = setTimeout(() => reread(select, asked), 300);
    }
  });
})();
