// The township list follows the county: when the county changes, its townships are fetched and offered. Without
// script the list keeps the townships of the county the page was opened with; a township of another county is then
// refused on the field and the form comes back with the new county's townships.
(function () {
    var county = document.getElementById('divisionCode');
    var township = document.getElementById('townshipId');
    if (!county || !township || !window.fetch) {
        return;
    }
    var unknown = township.options[0];
    county.addEventListener('change', function () {
        var code = county.value;
        var url = township.getAttribute('data-source') + '?divisionCode=' + encodeURIComponent(code);
        var fill = function (list) {
            while (township.options.length > 1) {
                township.remove(1);
            }
            list.forEach(function (t) {
                var option = document.createElement('option');
                option.value = t.id;
                option.textContent = t.name;
                township.appendChild(option);
            });
            township.value = '';
            unknown.selected = true;
        };
        if (!code) {
            fill([]);
            return;
        }
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(fill)
            .catch(function () { fill([]); });
    });
})();
