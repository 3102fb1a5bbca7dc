using Microsoft.Playwright;

namespace CoopAlliance.Browser.Tests;

/// <summary>Every page of the registry passes axe-core's WCAG 2.1 A/AA rules, for the role that sees it.</summary>
public sealed class PageAccessibilityTests : BrowserTest
{
    private const string Staff = "staff@demo.coop";
    private const string Rep = "rep@demo.coop";
    private const string Mentor = "mentor@demo.coop";

    [TestCase(Staff, "/Staff")]
    [TestCase(Staff, "/Staff/DataReview")]
    [TestCase(Staff, "/Staff/Users")]
    [TestCase(Staff, "/Staff/Users?q=nothing-matches-this")]
    [TestCase(Staff, "/Staff/Emails")]
    [TestCase(Staff, "/Staff/Emails?status=Sent&q=nothing-matches-this")]
    [TestCase(Staff, "/Coops")]
    [TestCase(Staff, "/Coops?status=Declined&q=nothing-matches-this")]
    [TestCase(Staff, "/Coops/Create")]
    [TestCase(Staff, "/Coops/Details/{Bellows Falls Grocery Workers}")]
    [TestCase(Staff, "/Coops/Details/{Hilltown Brewing Workers Cooperative}")]
    [TestCase(Staff, "/Coops/Edit/{Bellows Falls Grocery Workers}")]
    [TestCase(Staff, "/Coops/Person/{Bellows Falls Grocery Workers}")]
    [TestCase(Staff, "/Dues")]
    [TestCase(Staff, "/Dues/Runs")]
    [TestCase(Staff, "/Dues/Runs?period=2000-01")]
    [TestCase(Staff, "/Dues/Invoices")]
    [TestCase(Staff, "/Dues/Invoices?sort=Outstanding&desc=false")]
    [TestCase(Staff, "/Dues/Invoices?pastGrace=true&sort=DaysOverdue")]
    [TestCase(Staff, "/Dues/Policies")]
    [TestCase(Staff, "/Dues/Policy")]
    [TestCase(Staff, "/Dues/Summaries")]
    [TestCase(Staff, "/Dues/Coop/{Bellows Falls Grocery Workers}")]
    [TestCase(Staff, "/Dues/Pay/{Bellows Falls Grocery Workers}")] // issue 20, item 3: record a payment from the co-op
    [TestCase(Staff, "/Benefits")]
    [TestCase(Staff, "/Benefits/Plans")]
    [TestCase(Staff, "/Benefits/Carriers")]
    [TestCase(Staff, "/Benefits/Plan")]
    [TestCase(Staff, "/Benefits/Participations")]
    [TestCase(Staff, "/Benefits/Elections")]
    [TestCase(Staff, "/Benefits/Terminations")]
    [TestCase(Staff, "/Benefits/Exports")]
    [TestCase(Staff, "/Benefits/Reconciliation")]
    [TestCase(Staff, "/Benefits/Participations?status=Declined&q=nothing-matches-this")]
    [TestCase(Staff, "/Marketing/Listings")]
    [TestCase(Staff, "/Marketing/Listings?status=Returned&q=nothing-matches-this")]
    [TestCase(Staff, "/Marketing/Categories")]
    [TestCase(Rep, "/MyCoop/Listings")]
    [TestCase(Rep, "/MyCoop/Listings/Edit")]
    [TestCase(Rep, "/MyCoop/Dues")]
    [TestCase(Rep, "/MyCoop")]
    [TestCase(Rep, "/MyCoop/Edit")]
    [TestCase(Rep, "/MyCoop/Person")]
    [TestCase(Mentor, "/Mentor")]
    [TestCase(Mentor, "/Mentor/Profile")]
    [TestCase(null, "/Public/Directory")]
    [TestCase(null, "/directory")]
    [TestCase(null, "/directory?q=nothing-matches-this")]
    [TestCase(null, "/widget/directory")]
    [TestCase(null, "/widget/directory?category=care&region=SouthernVermont")]
    [TestCase(null, "/Public/Apply")]
    [TestCase(null, "/Public/ApplicationReceived")]
    [TestCase(null, "/Account/AccessDenied")]
    public async Task ThePagePassesTheAutomatedAccessibilityCheck(string? login, string path)
    {
        if (login is not null)
        {
            await SignInAsync(login);
        }

        var response = await Page.GotoAsync(Url(await ResolveAsync(path)));

        Assert.That(response!.Status, Is.EqualTo(200));
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [Test]
    public async Task AFormWithErrorsStillPassesTheAccessibilityCheck()
    {
        await Page.GotoAsync(Url("/Public/Apply"));
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Page.WaitForSelectorAsync(".field-validation-error:not(:empty)");

        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    /// <summary>"/Coops/Details/{Legal name}" → "/Coops/Details/12".</summary>
    private static async Task<string> ResolveAsync(string path)
    {
        var open = path.IndexOf('{');
        if (open < 0)
        {
            return path;
        }

        var close = path.IndexOf('}', open);
        var id = await Registry.IdOfAsync(path[(open + 1)..close]);
        return path[..open] + id + path[(close + 1)..];
    }
}
