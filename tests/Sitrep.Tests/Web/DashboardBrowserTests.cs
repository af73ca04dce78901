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
}
