using System.Globalization;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// Every membership decision that takes something away (Mark as lapsed, Suspend, Withdraw, Decline) asks first, on a
/// phone and on a staff desktop: the question names the co-op and says what it loses; Cancel changes nothing; Yes
/// changes its standing. The one solid button is the expected next step, never a serious decision. Each test makes
/// its own co-ops.
/// </summary>
public sealed class DecisionTests : BrowserTest
{
    private const string Staff = "staff@demo.coop";
    private const string Reason = "Dues unpaid since the spring; the board voted on it.";

    public enum Screen { Phone, Desktop }

    public sealed record Decision(string Button, MembershipStatus From, MembershipStatus To, string Title, string Yes, string[] Consequences)
    {
        public override string ToString() => Button;
    }

    private static readonly Decision[] Decisions =
    [
        new("Mark as lapsed", MembershipStatus.Active, MembershipStatus.Lapsed, "Mark {0} as lapsed?", "Yes, mark {0} as lapsed",
            ["{0} is no longer in good standing", "loses its member benefits and its delegate's vote"]),
        new("Suspend", MembershipStatus.Active, MembershipStatus.Suspended, "Suspend {0}?", "Yes, suspend {0}",
            ["{0} loses its good standing", "loses its member benefits and its delegate's vote"]),
        new("Withdraw", MembershipStatus.Active, MembershipStatus.Withdrawn, "Withdraw {0}?", "Yes, withdraw {0}",
            ["{0} stops being a member, with effect from {1}", "loses its standing, its member benefits and its delegate's vote"]),
        new("Decline", MembershipStatus.Applicant, MembershipStatus.Declined, "Decline {0}?", "Yes, decline {0}",
            ["{0}'s application is declined", "no standing, no member benefits and no vote"]),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from d in Decisions from s in Enum.GetValues<Screen>() select new TestCaseData(d, s).SetArgDisplayNames(d.Button, s.ToString());

    /// <summary>A co-op of our own in the given status (no other test knows it).</summary>
    private static async Task<(int Id, string Name)> CoopAsync(MembershipStatus status)
    {
        var name = $"Riverbend Bakery {Guid.NewGuid().ToString("N")[..6]}";
        using var scope = BrowserSetup.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var id = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateCoop
        {
            LegalName = name + " Workers Cooperative",
            TradeName = name,
            Town = "Greenfield",
            State = "MA",
            WorkerOwners = 5,
            Status = status,
        });
        return (id, name);
    }

    private static async Task<MembershipStatus> StatusAsync(int id)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAppDbContext>().Cooperatives.Where(c => c.Id == id).Select(c => c.Status).SingleAsync();
    }

    private Task UseAsync(Screen screen) => screen == Screen.Phone ? UsePhoneAsync() : UseStaffDesktopAsync();

    /// <summary>The decision's own form in the membership panel.</summary>
    private ILocator FormOf(string button) =>
        Page.Locator("#membership form").Filter(new() { Has = Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }) });

    private async Task AskAsync(Decision d, DateOnly effective)
    {
        var form = FormOf(d.Button);
        await form.GetByLabel("Reason (kept in the history)").FillAsync(Reason);
        if (d.To == MembershipStatus.Withdrawn)
        {
            await form.GetByLabel("Takes effect on").FillAsync(effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await form.GetByRole(AriaRole.Button, new() { Name = d.Button, Exact = true }).ClickAsync();
    }

    [TestCaseSource(nameof(Cases))]
    public async Task EachDecisionAsksNamingTheCoopAndItsConsequencesCancelChangesNothingAndYesDecides(Decision d, Screen screen)
    {
        var (id, name) = await CoopAsync(d.From);
        var effective = BrowserSetup.App.Today.AddDays(14);
        await UseAsync(screen);
        await SignInAsync(Staff);
        await Page.GotoAsync(Url($"/Coops/Details/{id}"));

        await AskAsync(d, effective);

        var confirm = Page.Locator(".confirm-decision");
        await Expect(confirm.GetByRole(AriaRole.Heading)).ToHaveTextAsync(string.Format(CultureInfo.InvariantCulture, d.Title, name));
        foreach (var consequence in d.Consequences)
        {
            await Expect(confirm).ToContainTextAsync(string.Format(CultureInfo.InvariantCulture, consequence, name,
                effective.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)));
        }

        await Expect(confirm).ToContainTextAsync(Reason);
        await Expect(confirm).ToBeFocusedAsync();
        await Expect(confirm.GetByRole(AriaRole.Button, new() { Name = string.Format(CultureInfo.InvariantCulture, d.Yes, name) }))
            .ToHaveClassAsync(new Regex(@"\bbtn-danger\b"));
        Assert.That(await FitsTheScreenAsync(), Is.True, "no horizontal scroll");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the confirmation");
        Assert.That(await StatusAsync(id), Is.EqualTo(d.From), "asking decides nothing");

        await confirm.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Expect(Page.Locator(".confirm-decision")).ToHaveCountAsync(0);
        await Expect(FormOf(d.Button)).ToBeVisibleAsync();
        await Expect(Page.Locator("#history")).Not.ToContainTextAsync(Reason);
        Assert.That(await StatusAsync(id), Is.EqualTo(d.From), "Cancel changes nothing");

        await AskAsync(d, effective);
        await Page.GetByRole(AriaRole.Button, new() { Name = string.Format(CultureInfo.InvariantCulture, d.Yes, name) }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is now {d.To.Describe().ToLowerInvariant()}.");
        await Expect(Page.Locator("#history")).ToContainTextAsync(Reason);
        Assert.That(await StatusAsync(id), Is.EqualTo(d.To));
    }

    [TestCase(Screen.Phone)]
    [TestCase(Screen.Desktop)]
    public async Task TheSolidButtonIsTheExpectedNextStepNeverASeriousDecision(Screen screen)
    {
        var (active, _) = await CoopAsync(MembershipStatus.Active);
        var (suspended, _) = await CoopAsync(MembershipStatus.Suspended);
        var (reviewed, _) = await CoopAsync(MembershipStatus.UnderReview);
        await UseAsync(screen);
        await SignInAsync(Staff);
        var solid = new Regex(@"\bbtn-(primary|success|danger)\b");
        var serious = new Regex(@"\bbtn-outline-danger\b");

        // An active member: every decision is a serious one, so none is the solid button at the top of the page.
        await Page.GotoAsync(Url($"/Coops/Details/{active}"));
        foreach (var button in new[] { "Mark as lapsed", "Suspend", "Withdraw" })
        {
            var b = Page.Locator("#membership").GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
            await Expect(b).ToHaveClassAsync(serious);
            await Expect(b).Not.ToHaveClassAsync(solid);
        }

        await Expect(Page.Locator("#membership").Locator(".btn-primary, .btn-success, .btn-danger")).ToHaveCountAsync(0);

        // A suspended member: reinstating is the expected step; withdrawing stays serious.
        await Page.GotoAsync(Url($"/Coops/Details/{suspended}"));
        await Expect(Page.Locator("#membership").GetByRole(AriaRole.Button, new() { Name = "Reinstate", Exact = true })).ToHaveClassAsync(solid);
        await Expect(Page.Locator("#membership").GetByRole(AriaRole.Button, new() { Name = "Withdraw", Exact = true })).ToHaveClassAsync(serious);

        // Under review: approving is the expected step; declining is serious.
        await Page.GotoAsync(Url($"/Coops/Details/{reviewed}"));
        await Expect(Page.Locator("#membership").GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true })).ToHaveClassAsync(solid);
        await Expect(Page.Locator("#membership").GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true })).ToHaveClassAsync(serious);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }
}
