using System.Net;
using System.Text.RegularExpressions;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Errors you can find: a form that comes back with errors opens on "There is a problem" with a link to each field,
/// the field says it is invalid and names its message, and required fields say so before anything is sent.
/// </summary>
public sealed partial class FormErrorSummaryTests : WebTest
{
    [Test]
    public async Task ThePublicApplicationMarksItsRequiredFieldsAndHasNoSummaryBeforeItIsSent()
    {
        var html = await App.CreateCookieClient().GetStringAsync("/Public/Apply");

        Assert.That(html, Does.Not.Contain("error-summary"));
        foreach (var id in new[] { "Input_LegalName", "Input_ContactName", "Input_ContactEmail" })
        {
            Assert.That(Field(html, id), Does.Contain("required=\"required\""), id);
            Assert.That(Label(html, id), Does.Contain("(required)"), id);
        }

        Assert.That(Field(html, "Input_ContactEmail"), Does.Contain("type=\"email\""));
        foreach (var id in new[] { "Input_TradeName", "Input_ContactPhone", "Input_Motivation" })
        {
            Assert.That(Field(html, id), Does.Not.Contain("required"), id);
            Assert.That(Label(html, id), Does.Not.Contain("(required)"), id);
        }
    }

    [Test]
    public async Task AnApplicationWithoutAnEmailComesBackWithASummaryLinkingToTheEmailField()
    {
        var client = App.CreateCookieClient();
        var response = await Forms.PostAsync(client, "/Public/Apply", new()
        {
            ["Input.LegalName"] = "Summary Test Workers Cooperative",
            ["Input.Kind"] = "WorkerCoop",
            ["Input.Region"] = "WesternMassachusetts",
            ["Input.RevenueBand"] = "Under100K",
            ["Input.WorkerOwners"] = "4",
            ["Input.OtherWorkers"] = "0",
            ["Input.ContactName"] = "Ana Ferreira",
            ["Input.ContactEmail"] = "",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var summary = Summary(html);
        Assert.That(summary, Does.Contain("There is a problem").And.Contain("role=\"alert\"").And.Contain("tabindex=\"-1\""));
        Assert.That(summary, Does.Contain("<a href=\"#Input_ContactEmail\" data-field=\"Input.ContactEmail\">Enter the contact's email address.</a>"));
        Assert.That(html.IndexOf("error-summary", StringComparison.Ordinal), Is.LessThan(html.IndexOf("id=\"Input_LegalName\"", StringComparison.Ordinal)),
            "the summary comes before the first field");

        var email = Field(html, "Input_ContactEmail");
        Assert.That(email, Does.Contain("aria-invalid=\"true\"").And.Contain("aria-describedby=\"Input_ContactEmail-error\""));
        Assert.That(html, Does.Match("<span[^>]*id=\"Input_ContactEmail-error\"[^>]*>Enter the contact's email address.</span>"));
        Assert.That(Field(html, "Input_ContactName"), Does.Not.Contain("aria-invalid"), "a field without an error is not marked");
    }

    [Test]
    public async Task AStaffFormListsItsErrorsInTheOrderOfTheFields()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var response = await Forms.PostAsync(staff, "/Coops/Create", new()
        {
            ["Input.LegalName"] = "",
            ["Input.Kind"] = "WorkerCoop",
            ["Input.Region"] = "WesternMassachusetts",
            ["Input.RevenueBand"] = "Under100K",
            ["Input.WorkerOwners"] = "4",
            ["Input.OtherWorkers"] = "0",
            ["Input.PostalCode"] = "not a zip",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var summary = Summary(html);
        var legal = summary.IndexOf("href=\"#Input_LegalName\"", StringComparison.Ordinal);
        var zip = summary.IndexOf("href=\"#Input_PostalCode\"", StringComparison.Ordinal);
        Assert.That(legal, Is.GreaterThan(0), summary);
        Assert.That(zip, Is.GreaterThan(legal), "legal name is asked before the ZIP code");
        Assert.That(Field(html, "Input_PostalCode"), Does.Contain("aria-invalid=\"true\""));
    }

    [Test]
    public async Task TheInviteFormOnTheLoginsPageNowHasASummary()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var token = await Forms.TokenAsync(staff, "/Staff/Users");
        var response = await staff.PostAsync("/Staff/Users?handler=Invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Invite.Email"] = "",
            ["Invite.FullName"] = "Nobody Yet",
            ["Invite.Role"] = "Staff",
        }));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(Summary(html), Does.Contain("href=\"#Invite_Email\""));
        Assert.That(Field(html, "Invite_Email"), Does.Contain("aria-invalid=\"true\"").And.Contain("aria-describedby=\"Invite_Email-error\""));
        // Required comes from InviteUser's validator ([ValidatedAs] on the page's input); a rule with a When is not "required".
        Assert.That(Field(html, "Invite_FullName"), Does.Contain("required=\"required\""));
        Assert.That(Field(html, "Invite_CooperativeId"), Does.Not.Contain("required"), "needed only for a co-op rep");
    }

    [Test]
    public async Task ARepsRequestForHelpWithoutATitleComesBackWithASummary()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var token = await Forms.TokenAsync(rep, "/MyCoop/Assistance/New");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), Forms.TokenField },
            { new StringContent("GovernanceAndFacilitation"), "Input.Category" },
            { new StringContent("Normal"), "Input.Urgency" },
            { new StringContent(""), "Input.Title" },
            { new StringContent("Our bylaws need a new member class."), "Input.Description" },
            { new StringContent("Email"), "Input.PreferredContact" },
        };
        var response = await rep.PostAsync("/MyCoop/Assistance/New", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(Summary(html), Does.Contain("href=\"#Input_Title\""));
        Assert.That(Field(html, "Input_Title"), Does.Contain("aria-invalid=\"true\"").And.Contain("required=\"required\""));
        Assert.That(Field(html, "Input_Description"), Does.Contain("aria-describedby=\"description-help\""), "a field's own hint is kept");
    }

    [Test]
    public async Task TheMentorsSessionFormSaysWhoSeesEachFieldAndLinksTheNoteToIt()
    {
        var bakery = await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Name == DemoData.StartupRepCoop).Select(c => c.Id).SingleAsync());
        var mentor = await App.SignedInBrowserAsync(AppFactory.MentorEmail);
        var path = $"/Mentor/Coop/{bakery}";
        var html = WebUtility.HtmlDecode(await mentor.GetStringAsync(path));

        Assert.That(Field(html, "Session_Topics"), Does.Contain("required=\"required\""));
        Assert.That(Field(html, "Session_Notes"), Does.Not.Contain("required"));
        Assert.That(Field(html, "Session_Notes"), Does.Contain("aria-describedby=\"Session_Notes-audience\""));
        Assert.That(html, Does.Match("id=\"Session_Notes-audience\"[^>]*>Seen by you and alliance staff only.<"));
        Assert.That(Field(html, "Session_NextSteps"), Does.Contain("aria-describedby=\"Session_NextSteps-audience\""));
        Assert.That(html, Does.Match("id=\"Session_NextSteps-audience\"[^>]*>Shared with the co-op.<"));

        var token = await Forms.TokenAsync(mentor, path);
        var bad = WebUtility.HtmlDecode(await (await mentor.PostAsync($"{path}?handler=LogSession", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Session.HeldOn"] = App.Today.ToString("yyyy-MM-dd"),
            ["Session.Minutes"] = "30",
            ["Session.Topics"] = "",
        }))).Content.ReadAsStringAsync());

        Assert.That(Summary(bad), Does.Contain("href=\"#Session_Topics\""));
        Assert.That(Field(bad, "Session_Topics"), Does.Contain("aria-describedby=\"Session_Topics-audience Session_Topics-error\""),
            "the note and the error are both read with the field");
    }

    [Test]
    public async Task TheCoopProfileSaysWhichFieldsThePublicDirectoryShows()
    {
        var html = WebUtility.HtmlDecode(await App.CreateCookieClient().GetStringAsync("/Public/Apply"));

        foreach (var (id, words) in new[]
                 {
                     ("Input_Town", "Shown in the public member directory."),
                     ("Input_Description", "Shown in the public member directory."),
                     ("Input_Email", "Not published: seen by the co-op's reps and alliance staff only."),
                     ("Input_StreetAddress", "Not published: seen by the co-op's reps and alliance staff only."),
                 })
        {
            Assert.That(Field(html, id), Does.Contain($"aria-describedby=\"{id}-audience\""), id);
            Assert.That(html, Does.Contain($"<div id=\"{id}-audience\" class=\"form-text audience-note\">{words}</div>"), id);
        }
    }

    /// <summary>The opening tag of the input, select or textarea with this id.</summary>
    private static string Field(string html, string id)
    {
        var match = Regex.Match(html, $"<(input|select|textarea)\\b[^>]*\\bid=\"{id}\"[^>]*>");
        Assert.That(match.Success, Is.True, $"no field #{id}");
        return match.Value;
    }

    /// <summary>The label for this id, with what it holds and what follows it up to the next tag.</summary>
    private static string Label(string html, string id)
    {
        var match = Regex.Match(html, $"<label\\b[^>]*\\bfor=\"{id}\"[^>]*>.*?</label>(\\s*<span class=\"field-required\"[^>]*>[^<]*</span>)?", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, $"no label for #{id}");
        return match.Value;
    }

    private static string Summary(string html)
    {
        var match = SummaryBox().Match(html);
        Assert.That(match.Success, Is.True, "no error summary on the page");
        return match.Value;
    }

    [GeneratedRegex("<div class=\"error-summary[^\"]*\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex SummaryBox();
}
