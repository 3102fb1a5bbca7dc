using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// A rep of a developing co-op (startup@demo.coop, rep of the Florence bakery project, mentored by mentor@demo.coop):
/// their own page and API, never another co-op's, and the member co-op pages send them home.
/// </summary>
public sealed partial class DevelopingCoopRepTests : WebTest
{
    private const string NewPassword = "Sugarbush-2026";

    private Task<int> DevelopingCoopIdAsync(string name) =>
        App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    [Test]
    public async Task TheStartupRepLandsOnTheirCoopsPageWithItsStageChecklistNeedsAndMentor()
    {
        var browser = await App.SignedInBrowserAsync(DemoData.StartupRepEmail);

        var home = await browser.GetAsync("/");
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(home.Headers.Location?.OriginalString, Is.EqualTo("/MyProject"));
        var page = await browser.GetAsync("/MyProject");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("<h1 class=\"h3\">Florence Community Bakery Project</h1>"));
        Assert.That(html, Does.Contain("You are at the <strong>business planning</strong> stage"));
        Assert.That(html, Does.Contain("0 of 3 milestones of this stage done"));
        Assert.That(html, Does.Contain("Bylaws drafted").And.Contain("Feasibility study completed"));
        Assert.That(html, Does.Contain("Legal & bylaws <span class=\"text-muted\">(essential)</span>"));
        Assert.That(html, Does.Contain("Morgan Mentor (demo)").And.Contain("mailto:mentor@demo.coop"));
        Assert.That(html, Does.Contain("Finish cash-flow projection"), "the next steps of the last session");
        Assert.That(html, Does.Contain("Session (75 min): Business plan review"));
        Assert.That(html, Does.Not.Contain("Walked through the model bylaws"), "a session's notes are the mentor's");
        Assert.That(html, Does.Not.Contain("/MyCoop/Dues").And.Not.Contain("Mark done"));
    }

    [TestCase("/MyCoop")]
    [TestCase("/MyCoop/Dues")]
    [TestCase("/MyCoop/Edit")]
    [TestCase("/MyCoop/Assistance")]
    [TestCase("/MyCoop/Assistance/New")]
    public async Task TheMemberCoopPagesSendADevelopingCoopsRepToTheirOwnPage(string path)
    {
        var browser = await App.SignedInBrowserAsync(DemoData.StartupRepEmail);

        var response = await browser.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/MyProject"));
    }

    [Test]
    public async Task AMemberCoopsRepIsSentFromTheDevelopingCoopPageToTheirOwn()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var response = await browser.GetAsync("/MyProject");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/MyCoop"));
        Assert.That((await browser.GetAsync("/MyCoop")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TheRepsApiAnswersForTheirOwnDevelopingCoopOnlyAndKeepsSessionNotesFromThem()
    {
        var startup = await App.ClientForAsync(DemoData.StartupRepEmail);
        var own = await DevelopingCoopIdAsync(DemoData.StartupRepCoop);
        var other = await DevelopingCoopIdAsync("Holyoke Cleaners in Formation");

        var mine = await JsonAsync(await startup.GetAsync("/api/v1/mentoring/developing-coops/mine"));
        Assert.That(mine.GetProperty("id").GetInt32(), Is.EqualTo(own));
        Assert.That(mine.GetProperty("stage").GetString(), Is.EqualTo("BusinessPlanning"));
        Assert.That(mine.GetProperty("mentor").GetProperty("fullName").GetString(), Is.EqualTo("Morgan Mentor (demo)"));
        Assert.That((await JsonAsync(await startup.GetAsync($"/api/v1/mentoring/developing-coops/{own}"))).GetProperty("name").GetString(),
            Is.EqualTo(DemoData.StartupRepCoop));
        var sessions = await JsonAsync(await startup.GetAsync($"/api/v1/mentoring/developing-coops/{own}/sessions"));
        Assert.That(sessions.EnumerateArray().Select(s => s.GetProperty("notes").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
        Assert.That(sessions.EnumerateArray().Select(s => s.GetProperty("nextSteps").GetString()), Does.Contain("Finish cash-flow projection"));

        await ProblemAsync(await startup.GetAsync($"/api/v1/mentoring/developing-coops/{other}"), HttpStatusCode.NotFound);
        await ProblemAsync(await startup.GetAsync($"/api/v1/mentoring/developing-coops/{other}/sessions"), HttpStatusCode.NotFound);
        var list = await JsonAsync(await startup.GetAsync("/api/v1/mentoring/developing-coops"));
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()), Is.EqualTo(new[] { own }));

        await ProblemAsync(await (await RepAsync()).GetAsync("/api/v1/mentoring/developing-coops/mine"), HttpStatusCode.NotFound);
        Assert.That((await (await MentorAsync()).GetAsync("/api/v1/mentoring/developing-coops/mine")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var asMentor = await JsonAsync(await (await MentorAsync()).GetAsync($"/api/v1/mentoring/developing-coops/{own}/sessions"));
        Assert.That(asMentor.EnumerateArray().Select(s => s.GetProperty("notes").ValueKind), Does.Contain(JsonValueKind.String));
    }

    [Test]
    public async Task StaffInviteARepFromTheDevelopingCoopsPageWhoSeesNoMentorWhileTheMatchIsOnlyOffered()
    {
        // The bike shop conversion has an offer out to mentor@demo.coop that the mentor has not answered.
        const string email = "jordan@bikes.example.coop";
        var bikes = await DevelopingCoopIdAsync("Amherst Bike Repair Conversion");
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var path = $"/Mentoring/Coop/{bikes}";
        var token = await Forms.TokenAsync(staff, path);

        var invalid = await staff.PostAsync($"{path}?handler=InviteRep", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Invite.Email"] = "not an email",
            ["Invite.FullName"] = "Jordan Reyes",
        }));
        var invalidHtml = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(invalidHtml, Does.Contain("Enter an email address like maria@example.coop.").And.Contain("value=\"Jordan Reyes\""));

        var invited = await staff.PostAsync($"{path}?handler=InviteRep", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Invite.Email"] = email,
            ["Invite.FullName"] = "Jordan Reyes",
        }));
        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(invited.Headers.Location?.OriginalString, Is.EqualTo($"{path}#reps"));
        var staffPage = WebUtility.HtmlDecode(await (await staff.GetAsync(path)).Content.ReadAsStringAsync());
        Assert.That(staffPage, Does.Contain("Jordan Reyes is invited as a rep of Amherst Bike Repair Conversion"));
        Assert.That(staffPage, Does.Contain("invited, no password yet"));

        var message = await App.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        Assert.That(message.Body, Does.Contain("Amherst Bike Repair Conversion"));
        var link = new Uri(InvitationLink().Match(message.Body).Value);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var accepted = await Forms.PostAsync(App.CreateCookieClient(), link.PathAndQuery, new()
        {
            ["Input.Email"] = query["email"]!,
            ["Input.Token"] = query["token"]!,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.That(await accepted.Content.ReadAsStringAsync(), Does.Contain("Your password is set"));

        var jordan = await App.SignedInBrowserAsync(email, NewPassword);
        var html = WebUtility.HtmlDecode(await (await jordan.GetAsync("/MyProject")).Content.ReadAsStringAsync());
        Assert.That(html, Does.Contain("Amherst Bike Repair Conversion").And.Contain("The alliance is finding a mentor for you"));
        Assert.That(html, Does.Not.Contain("Morgan Mentor"), "an offer is not yet the co-op's mentor");
        Assert.That((await jordan.GetAsync($"/Mentor/Coop/{bikes}")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That((await jordan.GetAsync(path)).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "the staff page is for staff");
    }

    [Test]
    public async Task TheInvitationApiTakesADevelopingCoopForARepButNotTwoCoops()
    {
        var staff = await StaffAsync();
        var guild = await DevelopingCoopIdAsync("Turners Falls Software Guild");
        var member = await RepCoopIdAsync();

        var both = await staff.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "rafael@guild.example.coop", fullName = "Rafael Santos", role = "CoopRep", cooperativeId = member, developingCoopId = guild });
        Assert.That(FieldErrors(await ProblemAsync(both, HttpStatusCode.BadRequest), "developingCoopId").Single(), Does.Contain("not both"));

        var created = await staff.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "rafael@guild.example.coop", fullName = "Rafael Santos", role = "CoopRep", developingCoopId = guild });
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var reps = await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Id == guild).Select(c => c.RepUserIds).SingleAsync());
        Assert.That(reps, Is.EqualTo(new[] { id }));
        var coop = await JsonAsync(await staff.GetAsync($"/api/v1/mentoring/developing-coops/{guild}"));
        Assert.That(coop.GetProperty("repUserIds").EnumerateArray().Select(r => r.GetInt32()), Is.EqualTo(new[] { id }));
    }

    [Test]
    public async Task StaffRemoveARepFromTheDevelopingCoopsPageOnlyAfterConfirming()
    {
        var print = await DevelopingCoopIdAsync("Greenfield Print Shop Conversion");
        var pat = await App.CreateLoginAsync("pat@print.example.coop", "CoopRep");
        var linked = await (await StaffAsync()).PutAsJsonAsync($"/api/v1/mentoring/developing-coops/{print}/reps", new { userIds = new[] { pat } });
        await JsonAsync(linked);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var path = $"/Mentoring/Coop/{print}";
        var token = await Forms.TokenAsync(staff, path);

        var asked = await staff.PostAsync($"{path}?handler=RemoveRep&userId={pat}",
            new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token }));
        Assert.That(WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync()), Does.Contain("Remove pat@print.example.coop as a rep of Greenfield Print Shop Conversion?"));
        Assert.That(await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Id == print).Select(c => c.RepUserIds).SingleAsync()), Is.EqualTo(new[] { pat }));
        var patsPage = await App.SignedInBrowserAsync("pat@print.example.coop");
        Assert.That((await patsPage.GetAsync("/MyProject")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var removed = await staff.PostAsync($"{path}?handler=RemoveRep&userId={pat}",
            new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token, ["Confirmed"] = "true" }));
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Id == print).Select(c => c.RepUserIds).SingleAsync()), Is.Empty);
        var after = WebUtility.HtmlDecode(await (await patsPage.GetAsync("/MyProject")).Content.ReadAsStringAsync());
        Assert.That(after, Does.Contain("Your login is not linked to a co-op yet").And.Not.Contain("Greenfield Print Shop Conversion"));
    }

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?\S+")]
    private static partial Regex InvitationLink();
    [Test]
    public async Task StaffGraduateAnOperatingCoopAfterConfirmingAndItsRepThenSignsInToTheApplicantCoop()
    {
        var putney = await DevelopingCoopIdAsync("Putney Farm Kitchen");
        var eli = await App.CreateLoginAsync("eli@putney.example.coop", "CoopRep");
        await JsonAsync(await (await StaffAsync()).PutAsJsonAsync($"/api/v1/mentoring/developing-coops/{putney}/reps", new { userIds = new[] { eli } }));
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var path = $"/Mentoring/Coop/{putney}";
        var token = await Forms.TokenAsync(staff, path);

        var asked = await staff.PostAsync($"{path}?handler=Graduate", new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token }));
        Assert.That(WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync()), Does.Contain("Graduate Putney Farm Kitchen into a membership application?"));
        Assert.That(await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Id == putney).Select(c => c.GraduatedCooperativeId).SingleAsync()), Is.Null);

        var graduated = await staff.PostAsync($"{path}?handler=Graduate",
            new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token, ["Confirmed"] = "true" }));
        var member = await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Id == putney).Select(c => c.GraduatedCooperativeId).SingleAsync());
        Assert.That(member, Is.Not.Null);
        Assert.That(graduated.Headers.Location?.OriginalString, Is.EqualTo($"/Coops/Details/{member}"));

        var rep = await App.SignedInBrowserAsync("eli@putney.example.coop");
        var home = await rep.GetAsync("/MyCoop");
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the rep now represents the applicant co-op");
        Assert.That(WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync()), Does.Contain("Putney Farm Kitchen"));
        var history = WebUtility.HtmlDecode(await (await rep.GetAsync("/MyProject")).Content.ReadAsStringAsync());
        Assert.That(history, Does.Contain("graduated").And.Contain("open your co-op's page"));
    }
    [Test]
    public async Task TheLoginsPageInvitesARepOfADevelopingCoopButNotOfTwoCoops()
    {
        var guild = await DevelopingCoopIdAsync("Brattleboro Home Care Collective");
        var member = await RepCoopIdAsync();
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var form = WebUtility.HtmlDecode(await (await staff.GetAsync("/Staff/Users")).Content.ReadAsStringAsync());
        Assert.That(form, Does.Contain($"<option value=\"{guild}\">Brattleboro Home Care Collective</option>"), "developing co-ops are offered");
        var token = Forms.TokenIn(form);
        Dictionary<string, string> Fields(string email, int? coop) => new()
        {
            [Forms.TokenField] = token,
            ["Invite.Email"] = email,
            ["Invite.FullName"] = "Grace Okafor",
            ["Invite.Role"] = "CoopRep",
            ["Invite.CooperativeId"] = coop?.ToString() ?? "",
            ["Invite.DevelopingCoopId"] = guild.ToString(),
        };

        var both = await staff.PostAsync("/Staff/Users?handler=Invite", new FormUrlEncodedContent(Fields("grace@homecare.example.coop", member)));
        Assert.That(WebUtility.HtmlDecode(await both.Content.ReadAsStringAsync()), Does.Contain("not both"));
        Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "grace@homecare.example.coop")), Is.Zero);

        var invited = await staff.PostAsync("/Staff/Users?handler=Invite", new FormUrlEncodedContent(Fields("grace@homecare.example.coop", null)));

        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await invited.Content.ReadAsStringAsync());
        var id = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "grace@homecare.example.coop").Select(u => u.Id).SingleAsync());
        Assert.That(await App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Id == guild).Select(c => c.RepUserIds).SingleAsync()), Does.Contain(id));
    }
}
