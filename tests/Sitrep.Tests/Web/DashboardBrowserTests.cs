using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Web;

/// <summary>
/// The dashboard in headless Chromium (Debian's chromium and chromium-driver, installed by ./test):
/// the map shows the seed's events, a filter narrows the table, the event page highlights the evidence,
/// and article text never runs as code. Screenshots go to TestResults/screenshots.
/// </summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private ChromeDriver _driver = null!;
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public ValueTask InitializeAsync()
    {
        _server = new TestServer();
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1400,900", "--user-data-dir=" + Directory.CreateTempSubdirectory("sitrep-chrome-").FullName);
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Directory.CreateDirectory(Shots);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _driver.Quit();
        _driver.Dispose();
        await _server.DisposeAsync();
    }

    private void WaitFor(Func<IWebDriver, bool> condition) =>
        new WebDriverWait(_driver, TimeSpan.FromSeconds(20)).Until(condition);

    private void Screenshot(string name) => _driver.GetScreenshot().SaveAsFile(Path.Combine(Shots, name));

    [Fact]
    public void The_map_shows_the_seed_events_and_a_filter_narrows_the_table()
    {
        _driver.Navigate().GoToUrl(_server.Url + "/");
        WaitFor(d => d.FindElement(By.TagName("body")).GetAttribute("data-loaded") == "true");
        _driver.FindElement(By.TagName("body")).GetAttribute("data-markers").ShouldBe("3");
        _driver.FindElements(By.CssSelector("#events tbody tr")).Count.ShouldBe(3);
        _driver.FindElements(By.CssSelector(".leaflet-interactive, .marker-cluster")).Count.ShouldBeGreaterThan(0);
        _driver.FindElements(By.CssSelector("#timeline rect.bar")).Count.ShouldBeGreaterThan(0);
        Screenshot("map.png");

        _driver.FindElement(By.Id("f-country")).FindElement(By.CssSelector("option[value='Mali']")).Click();
        _driver.FindElement(By.CssSelector("#filters button[type=submit]")).Click();
        WaitFor(d => d.FindElements(By.CssSelector("#events tbody tr")).Count == 2);
        _driver.FindElement(By.Id("summary")).Text.ShouldStartWith("2 events");
        _driver.FindElement(By.TagName("body")).GetAttribute("data-pwned").ShouldBeNull();
    }

    [Fact]
    public void The_event_page_highlights_the_evidence_of_every_field()
    {
        _driver.Navigate().GoToUrl(_server.Url + "/");
        WaitFor(d => d.FindElement(By.TagName("body")).GetAttribute("data-loaded") == "true");
        var link = _driver.FindElements(By.CssSelector("#events tbody tr"))
            .First(r => r.Text.Contains("Suicide bomb")).FindElement(By.TagName("a"));
        link.Click();
        WaitFor(d => d.FindElement(By.TagName("body")).GetAttribute("data-loaded") == "true");
        var marks = _driver.FindElements(By.CssSelector(".doc-text mark"));
        marks.ShouldContain(m => m.GetAttribute("data-field") == "fatalities" && m.Text.Contains("at least six people dead"));
        marks.ShouldContain(m => m.GetAttribute("data-field") == "location" && m.Text == "Sevare");
        Screenshot("event.png");
    }

    [Fact]
    public void Article_text_is_shown_as_text_never_run()
    {
        _driver.Navigate().GoToUrl(_server.Url + "/");
        WaitFor(d => d.FindElement(By.TagName("body")).GetAttribute("data-loaded") == "true");
        _driver.FindElements(By.CssSelector("#events tbody tr")).First(r => r.Text.Contains("Kenya")).FindElement(By.TagName("a")).Click();
        WaitFor(d => d.FindElement(By.TagName("body")).GetAttribute("data-loaded") == "true");
        _driver.FindElement(By.CssSelector(".doc-text")).Text.ShouldContain("<script>");
        _driver.FindElement(By.TagName("body")).GetAttribute("data-pwned").ShouldBeNull();
    }

    private IWebElement Body => _driver.FindElement(By.TagName("body"));

    private void Open(string pathAndQuery)
    {
        _driver.Navigate().GoToUrl(_server.Url + pathAndQuery);
        WaitFor(d => d.FindElement(By.TagName("body")).GetAttribute("data-loaded") == "true");
    }

    private IReadOnlyList<IWebElement> Rows => _driver.FindElements(By.CssSelector("#events tbody tr"));

    private long TimelineTotal() =>
        (long)((IJavaScriptExecutor)_driver).ExecuteScript("return [...document.querySelectorAll('#timeline rect.bar title')].reduce((n, t) => n + Number(t.textContent.split(': ')[1]), 0);")!;

    [Fact]
    public async Task A_view_lives_in_its_url_and_the_timeline_and_exports_follow_the_filters()
    {
        Open("/?country=Mali&type=Battles");
        Rows.Count.ShouldBe(1);
        _driver.FindElement(By.Id("f-country")).GetAttribute("value").ShouldBe("Mali");
        _driver.FindElement(By.Id("f-type")).GetAttribute("value").ShouldBe("Battles");
        TimelineTotal().ShouldBe(1);
        var csv = _driver.FindElement(By.Id("export-csv")).GetAttribute("href")!;
        csv.ShouldContain("api/export.csv?type=Battles&country=Mali");
        var exported = await new HttpClient().GetStringAsync(csv, TestContext.Current.CancellationToken);
        exported.Trim().Split('\n').Length.ShouldBe(2); // the header and the one battle
        _driver.FindElement(By.Id("export-geojson")).GetAttribute("href").ShouldContain("api/export.geojson?type=Battles&country=Mali");

        // The new filters: sub-event type, actor kind and fatalities, each reaching the URL when applied.
        _driver.FindElements(By.CssSelector("#f-sub_type option")).Select(o => o.GetAttribute("value")).ShouldContain("Suicide bomb");
        _driver.FindElements(By.CssSelector("#f-actor_kind option")).Count.ShouldBe(9);
        _driver.FindElement(By.Id("f-reset")).Click();
        WaitFor(d => Rows.Count == 3);
        TimelineTotal().ShouldBe(3);
        _driver.FindElement(By.CssSelector("#f-actor_kind option[value='6']")).Click();
        _driver.FindElement(By.CssSelector("#filters button[type=submit]")).Click();
        WaitFor(d => Rows.Count == 1 && d.Url.Contains("actor_kind=6"));
        Rows[0].Text.ShouldContain("Kenya");
        TimelineTotal().ShouldBe(1);
        Open("/?min_fatalities=1");
        Rows.ShouldAllBe(r => int.Parse(r.FindElements(By.TagName("td"))[6].Text) >= 1);
        Open("/?sub_type=Suicide%20bomb");
        Rows.Count.ShouldBe(1);
        _driver.FindElement(By.Id("f-sub_type")).GetAttribute("value").ShouldBe("Suicide bomb");
        Screenshot("filters.png");
    }

    [Fact]
    public void The_table_sorts_by_a_column_and_pages()
    {
        Open("/?rows=2");
        Rows.Count.ShouldBe(2);
        _driver.FindElement(By.Id("page-info")).Text.ShouldBe("page 1 of 2");
        _driver.FindElement(By.Id("page-next")).Click();
        WaitFor(d => Rows.Count == 1 && d.Url.Contains("page=2"));
        Open("/");
        _driver.FindElement(By.CssSelector("#events th[data-sort=fatalities]")).Click();
        WaitFor(d => d.Url.Contains("sort=fatalities"));
        var dead = Rows.Select(r => int.Parse(r.FindElements(By.TagName("td"))[6].Text)).ToList();
        dead.ShouldBe(dead.OrderByDescending(x => x).ToList());
        _driver.FindElement(By.CssSelector("#events th[data-sort=fatalities]")).Click();
        WaitFor(d => d.Url.Contains("dir=asc"));
        dead = Rows.Select(r => int.Parse(r.FindElements(By.TagName("td"))[6].Text)).ToList();
        dead.ShouldBe(dead.OrderBy(x => x).ToList());
        dead.Distinct().Count().ShouldBeGreaterThan(1); // the seed has dead, the protest none: the order is seen
        _driver.FindElement(By.CssSelector("#events th[data-sort=fatalities]")).GetAttribute("aria-sort").ShouldBe("ascending");
    }

    [Fact]
    public void A_view_with_no_events_says_so_and_no_country_outline_crosses_the_map()
    {
        Open("/?country=Atlantis");
        var empty = _driver.FindElement(By.Id("empty"));
        empty.Displayed.ShouldBeTrue();
        empty.Text.ShouldContain("No events match these filters");
        _driver.FindElement(By.Id("events")).Displayed.ShouldBeFalse();
        Screenshot("empty.png");
        // The outlines as drawn take no step across the antimeridian; as shipped, Russia's and Fiji's rings do.
        var js = (IJavaScriptExecutor)_driver;
        var steps = (IReadOnlyCollection<object>)js.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            const step = fc => {
              let max = 0;
              for (const f of fc.features) {
                const g = f.geometry; if (!g) continue;
                for (const poly of g.type === "Polygon" ? [g.coordinates] : g.coordinates)
                  for (const ring of poly) for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs(ring[i][0] - ring[i - 1][0]));
              }
              return max;
            };
            fetch("lib/countries-50m.json").then(r => r.json()).then(w => {
              const raw = topojson.feature(w, w.objects.countries);
              const before = step(raw);
              done([before, step(Sitrep.unwrapAntimeridian(raw))]);
            });
            """)!;
        var (raw, drawn) = (Convert.ToDouble(steps.First()), Convert.ToDouble(steps.Last()));
        raw.ShouldBeGreaterThan(180);
        drawn.ShouldBeLessThan(180);
    }

    [Fact]
    public void The_dashboard_fits_a_phone()
    {
        _driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        Open("/");
        var js = (IJavaScriptExecutor)_driver;
        Convert.ToInt64(js.ExecuteScript("return document.documentElement.scrollWidth;")).ShouldBeLessThanOrEqualTo(Convert.ToInt64(js.ExecuteScript("return window.innerWidth;")) + 1);
        var map = _driver.FindElement(By.Id("map"));
        map.Size.Width.ShouldBeGreaterThan(300);
        map.Size.Height.ShouldBeGreaterThan(250);
        Rows.Count.ShouldBe(3);
        Screenshot("phone.png");
    }

    [Fact]
    public void Place_names_appear_when_zoomed_in()
    {
        Open("/?country=Mali"); // the map fits Mali's events, close enough for names
        WaitFor(d => int.Parse(d.FindElement(By.TagName("body")).GetAttribute("data-labels") ?? "0") > 0);
        _driver.FindElements(By.CssSelector(".place-label")).Select(l => l.Text).ShouldContain("Mopti");
        _driver.FindElement(By.Id("attribution")).Text.ShouldContain("Natural Earth");
        Screenshot("labels.png");
    }

    [Fact]
    public void First_level_division_outlines_appear_when_zoomed_in_and_not_at_world_scale()
    {
        Open("/"); // the map fits the three events, on two continents: too far out for outlines
        string? Body(string name) => _driver.FindElement(By.TagName("body")).GetAttribute(name);
        WaitFor(_ => Body("data-admin1") == "0" && Body("data-zoom") is not null);
        while (int.Parse(Body("data-zoom")!) < 6)
        {
            var zoom = Body("data-zoom");
            _driver.FindElement(By.CssSelector(".leaflet-control-zoom-in")).Click();
            WaitFor(_ => Body("data-zoom") != zoom);
        }
        WaitFor(_ => int.Parse(Body("data-admin1") ?? "0") > 0);
        // The outlines are drawn on a canvas: some of its pixels are painted.
        const string painted = "const c = document.querySelector('.leaflet-outlines-pane canvas'); if (!c) return 0; "
            + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; "
            + "for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;";
        WaitFor(d => Convert.ToInt64(((IJavaScriptExecutor)d).ExecuteScript(painted)) > 1000);
        // ...and the canvas lies above the countries' filled shapes, which would hide it.
        ((IJavaScriptExecutor)_driver).ExecuteScript("const z = s => +getComputedStyle(document.querySelector(s)).zIndex; "
            + "return z('.leaflet-outlines-pane') > z('.leaflet-overlay-pane') && z('.leaflet-outlines-pane') < z('.leaflet-marker-pane');").ShouldBe(true);
        _driver.FindElement(By.CssSelector("#legend .outline-key")).Text.ShouldContain("simplified");
        _driver.FindElement(By.Id("attribution")).Text.ShouldContain("first-level divisions");
        Screenshot("admin1.png");
    }

}
