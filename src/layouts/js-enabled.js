// Set before first paint (a classic script in <head>; see Base.astro).
document.documentElement.classList.add('js-enabled');
