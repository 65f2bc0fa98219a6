/* wagtail-dossiers: filter the cards of a dossier page instantly, without a reload.
   The page works without this script: the form then reloads with ?organisation=,
   &section= and &q=, and the server (filters.py) hides what does not match. This file
   applies the same rules to the data- attributes the templates render, and takes its
   (translated) texts from data- attributes too. */
(function () {
    "use strict";

    // The contents are folded in the markup, so that on a phone the finder is in the
    // first screen; on a wide screen they stand open beside the sections.
    var toc = document.querySelector("[data-dossiers-toc-details]");
    var wide = toc && window.matchMedia ? window.matchMedia("(min-width: 64rem)") : null;
    if (wide) {
        toc.open = wide.matches;
        if (wide.addEventListener) {
            wide.addEventListener("change", function () { toc.open = wide.matches; });
        }
    }

    var root = document.querySelector("[data-dossiers]");
    var form = root && root.querySelector("[data-dossiers-finder]");
    if (!form || !window.URLSearchParams || !"".normalize) {
        return;
    }

    var fields = form.elements;
    var status = form.querySelector("[role=status]");
    var empties = root.querySelectorAll("[data-dossiers-empty]");
    var formReset = form.querySelector("[data-dossiers-reset]");
    var sections = root.querySelectorAll("section.dossiers-section");
    var tocItems = root.querySelectorAll("[data-dossiers-toc]");
    var extras = root.querySelectorAll("[data-dossiers-extra]");
    var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || undefined) : null;
    var timer;

    // Same folding as filters.fold(): lower case, accents removed.
    function fold(text) {
        return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }

    var cards = Array.prototype.map.call(root.querySelectorAll("[data-dossiers-card]"), function (el) {
        var section = el.closest("section");
        return {
            el: el,
            section: section ? section.id : "",
            organisations: (el.getAttribute("data-organisations") || "").split(" "),
            text: el.getAttribute("data-search") || ""
        };
    });

    function message(name, count, values) {
        var category = plural ? plural.select(count) : (count === 1 ? "one" : "other");
        var template = root.getAttribute("data-" + name + "-" + (category === "one" ? "one" : "other")) || "";
        return template.replace(/\{(\w+)\}/g, function (match, key) {
            return key in values ? values[key] : match;
        });
    }

    function value(name) {
        return fields[name] ? fields[name].value : "";
    }

    function syncUrl(params) {
        var search = new URLSearchParams(window.location.search);
        Object.keys(params).forEach(function (key) {
            if (params[key]) {
                search.set(key, params[key]);
            } else {
                search.delete(key);
            }
        });
        var query = search.toString();
        window.history.replaceState(window.history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }

    function apply() {
        var query = value("q").split(/\s+/).filter(Boolean).join(" ");
        var organisation = value("organisation");
        var section = value("section");
        var terms = fold(query).split(" ").filter(Boolean);
        var active = Boolean(query || organisation || section);
        var visible = {};
        var shown = 0;

        cards.forEach(function (card) {
            var match = (!section || card.section === section) &&
                (!organisation || card.organisations.indexOf(organisation) !== -1) &&
                terms.every(function (term) { return card.text.indexOf(term) !== -1; });
            card.el.hidden = !match;
            if (match) {
                shown += 1;
                visible[card.section] = (visible[card.section] || 0) + 1;
            }
        });
        Array.prototype.forEach.call(extras, function (el) { el.hidden = active; });
        Array.prototype.forEach.call(sections, function (el) { el.hidden = active && !visible[el.id]; });
        Array.prototype.forEach.call(tocItems, function (item) {
            var count = visible[item.getAttribute("data-dossiers-toc")] || 0;
            var label = item.querySelector("[data-dossiers-count]");
            item.hidden = active && !count;
            if (label) {
                label.textContent = message("count", count, { n: count });
            }
        });

        var text = message("status", cards.length, { shown: shown, total: cards.length });
        if (status && status.textContent !== text) {
            status.textContent = text;
        }
        Array.prototype.forEach.call(empties, function (el) { el.hidden = shown > 0 || !active; });
        if (formReset) {
            formReset.hidden = !active;
        }
        syncUrl({ q: query, organisation: organisation, section: section });
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        apply();
    });
    form.addEventListener("change", apply);
    form.addEventListener("input", function (event) {
        if (event.target !== fields.q) {
            return;
        }
        // Wait for a pause in typing, so a screen reader announces one count, not ten.
        window.clearTimeout(timer);
        timer = window.setTimeout(apply, 250);
    });
    root.addEventListener("click", function (event) {
        if (!event.target.closest("[data-dossiers-reset]")) {
            return;
        }
        event.preventDefault();
        ["q", "organisation", "section"].forEach(function (name) {
            if (fields[name]) {
                fields[name].value = "";
            }
        });
        apply();
        if (fields.q) {
            fields.q.focus();
        }
    });

    var submit = form.querySelector("[data-dossiers-submit]");
    if (submit) {
        submit.hidden = true;
    }
    // The browser may restore field values on "back": show what they select.
    apply();
}());
