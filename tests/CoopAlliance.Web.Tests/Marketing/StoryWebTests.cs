using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Marketing;

/// <summary>Member stories over HTTP: the anonymous submission, staff-only moderation, the public pages and the Atom feed.</summary>
public sealed class StoryWebTests : WebTest
{
    private static object Story(string title, bool consent = true, string? fax = null) => new
    {
        coopName = "Quill & Press",
        storytellerName = "June Okafor",
        email = "june@quillandpress.example.coop",
        title,
        story = "We still run the Heidelberg our founders bought at auction.",
        consent,
        fax,
    };

    private Task<MemberStory?> FindByTitleAsync(string title) =>
        App.WithDbAsync(db => db.MemberStories.AsNoTracking().SingleOrDefaultAsync(s => s.Title == title));

    [Test]
    public async Task AnyoneSubmitsAStoryAnd202MeansItWaitsForStaff()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/public/stories", Story("Printing through the digital years"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var story = await FindByTitleAsync("Printing through the digital years");
        Assert.That(story?.Status, Is.EqualTo(StoryStatus.Pending));
        var page = await (await App.CreateClient().GetAsync("/stories")).Content.ReadAsStringAsync();
        Assert.That(page, Does.Not.Contain("Printing through the digital years"));
    }

    [Test]
    public async Task BadInputIsAProblemWithFieldErrorsAndStoresNothing()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/public/stories", new
        {
            coopName = "",
            storytellerName = "June",
            email = "not-an-email",
            title = "No consent",
            story = "Text.",
            consent = false,
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.That(errors.GetProperty("consent")[0].GetString(), Is.EqualTo("Tick the box to let us publish your story."));
        Assert.That(errors.TryGetProperty("coopName", out _) && errors.TryGetProperty("email", out _), Is.True, errors.ToString());
        Assert.That(await FindByTitleAsync("No consent"), Is.Null);
    }

    [Test]
    public async Task TheHoneypotDropsTheStoryWhileTheBotSeesTheUsualAnswer()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/public/stories", Story("Bot story", fax: "555-0100"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await FindByTitleAsync("Bot story"), Is.Null);
    }

    [Test]
    public async Task ModerationIsForStaffOnly()
    {
        Assert.That((await App.CreateClient().GetAsync("/api/v1/stories")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var rep = await RepAsync();
        Assert.That((await rep.GetAsync("/api/v1/stories")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var pending = await App.WithDbAsync(db => db.MemberStories.Where(s => s.Status == StoryStatus.Pending).Select(s => s.Id).FirstAsync());
        Assert.That((await rep.PostAsync($"/api/v1/stories/{pending}/approve", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var page = await rep.GetAsync("/Marketing/Stories");
        Assert.That(page.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found));
    }

    [Test]
    public async Task StaffApproveFeatureAndUnpublishAStoryAndThePublicPagesFollow()
    {
        await App.CreateClient().PostAsJsonAsync("/api/v1/public/stories", Story("Posters for every Co-op Month"));
        var id = (await FindByTitleAsync("Posters for every Co-op Month"))!.Id;
        var staff = await StaffAsync();

        var list = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/stories?status=Pending&q=posters")).RootElement;
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()), Is.EqualTo(new[] { id }));
        await ProblemAsync(await staff.GetAsync("/api/v1/stories?status=Waiting"), HttpStatusCode.BadRequest);
        await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/stories/{id}/reject", new { reason = "" }), HttpStatusCode.BadRequest);

        var approved = await staff.PostAsync($"/api/v1/stories/{id}/approve", null);
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await approved.Content.ReadAsStringAsync());
        Assert.That((await staff.PostAsJsonAsync($"/api/v1/stories/{id}/feature", new { featured = true })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var visitor = App.CreateCookieClient();
        var stories = await visitor.GetStringAsync("/stories");
        Assert.That(stories, Does.Contain("Posters for every Co-op Month").And.Not.Contain("june@quillandpress"));
        var wrongSlug = await visitor.GetAsync($"/stories/{id}/old-words");
        Assert.That(wrongSlug.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(wrongSlug.Headers.Location?.OriginalString, Is.EqualTo($"/stories/{id}/posters-for-every-co-op-month"));
        Assert.That((await visitor.GetAsync($"/stories/{id}/posters-for-every-co-op-month")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var conflict = await staff.PostAsJsonAsync($"/api/v1/stories/{id}/unpublish", new { version = 0 });
        Assert.That(conflict.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "an old version overwrites nothing");
        Assert.That((await staff.PostAsync($"/api/v1/stories/{id}/unpublish", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await visitor.GetStringAsync("/stories"), Does.Not.Contain("Posters for every Co-op Month"));
        Assert.That((await visitor.GetAsync($"/stories/{id}/posters-for-every-co-op-month")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task TheAtomFeedIsWellFormedAndHoldsOnlyPublishedStories()
    {
        var response = await App.CreateClient().GetAsync("/stories/feed.atom");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/atom+xml"));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.That(feed.Root!.Name, Is.EqualTo(atom + "feed"));
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.That(feed.Root.Element(atom + required), Is.Not.Null, $"the feed has its {required}");
        }

        var published = await App.WithDbAsync(db => db.MemberStories.Where(s => s.Status == StoryStatus.Published).Select(s => s.Title).ToListAsync());
        var others = await App.WithDbAsync(db => db.MemberStories.Where(s => s.Status != StoryStatus.Published).Select(s => s.Title).ToListAsync());
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.That(published, Is.Not.Empty);
        Assert.That(others, Is.Not.Empty, "the demo data has a story waiting for moderation");
        Assert.That(entries.Select(e => e.Element(atom + "title")!.Value), Is.EquivalentTo(published));
        foreach (var entry in entries)
        {
            Assert.That(new[] { "id", "title", "updated", "link", "content", "author" }.Where(n => entry.Element(atom + n) is null), Is.Empty);
        }

        Assert.That(feed.ToString(), Does.Not.Contain("@"), "no email address in the feed");
    }

    [Test]
    public async Task TheSubmitFormStoresAPendingStoryAndShowsTheConsentMessageWhenUnticked()
    {
        var visitor = App.CreateCookieClient();
        var fields = new Dictionary<string, string>
        {
            ["Input.CoopName"] = "Toolbox Carpentry",
            ["Input.StorytellerName"] = "Marco Ruiz",
            ["Input.Email"] = "marco@toolbox.example.coop",
            ["Input.Title"] = "Ramps in the hilltowns",
            ["Input.Story"] = "We build ramps.",
            ["Input.Consent"] = "false",
            ["Input.Fax"] = "",
        };

        var refused = await Forms.PostAsync(visitor, "/stories/submit", fields);
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Tick the box to let us publish your story."));
        Assert.That(await FindByTitleAsync("Ramps in the hilltowns"), Is.Null);

        fields["Input.Consent"] = "true";
        var sent = await Forms.PostAsync(visitor, "/stories/submit", fields);
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(sent.Headers.Location?.OriginalString, Is.EqualTo("/stories/submit/thanks"));
        Assert.That((await FindByTitleAsync("Ramps in the hilltowns"))?.Status, Is.EqualTo(StoryStatus.Pending));
    }

    [Test]
    public async Task StaffRejectOnThePageOnlyAfterConfirmingWithTheReason()
    {
        await App.CreateClient().PostAsJsonAsync("/api/v1/public/stories", Story("Not really a member"));
        var id = (await FindByTitleAsync("Not really a member"))!.Id;
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var path = $"/Marketing/Stories/{id}";

        var first = await Forms.TokenAsync(staff, path);
        var asked = await staff.PostAsync($"{path}?handler=Reject", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Decision.Reason"] = "Not a member co-op.",
            [Forms.TokenField] = first,
        }));
        var question = await asked.Content.ReadAsStringAsync();
        Assert.That(question, Does.Contain("Reject &quot;Not really a member&quot;?").Or.Contain("Reject \"Not really a member\"?"));
        Assert.That((await FindByTitleAsync("Not really a member"))!.Status, Is.EqualTo(StoryStatus.Pending), "asking changes nothing");

        var token = Forms.TokenIn(question);
        var done = await staff.PostAsync($"{path}?handler=Reject", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Decision.Reason"] = "Not a member co-op.",
            ["Decision.Confirmed"] = "true",
            [Forms.TokenField] = token,
        }));

        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var story = await FindByTitleAsync("Not really a member");
        Assert.That((story!.Status, story.RejectionReason), Is.EqualTo((StoryStatus.Rejected, "Not a member co-op.")));
    }
}
