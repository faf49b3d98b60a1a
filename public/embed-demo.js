// The host side of the embed, as a newsroom would write it: one pym.Parent per
// container. pym.js sizes each iframe from the height messages the dashboard sends.
/* global pym */
(function () {
  var embeds = [
    { id: 'embed-russia', url: 'index.html?country=RU&embed=1', title: 'Contacts diplomatiques avec la Russie' },
    { id: 'embed-timeline', url: 'index.html?view=timeline&embed=1', title: 'Contacts diplomatiques, chronologie' },
    // The second newsroom: a published view (data/views.json) in its named look
    // (newsroom.config.json) and the dark theme, painted before the code runs.
    { id: 'embed-echo', url: 'views/echo-du-sahel/', title: 'Contacts diplomatiques : partenaires et chronologie' },
  ];
  window.demoParents = embeds.map(function (e) {
    return new pym.Parent(e.id, e.url, { title: e.title });
  });
})();
