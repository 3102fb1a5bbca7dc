using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Marketing.Stories;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Marketing;

/// <summary>
/// One story to moderate: edit its words and link it to a member co-op (found by name, so it works with thousands),
/// approve it, reject it with a reason, feature it, or unpublish it. Reject and unpublish ask "are you sure?" first.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class StoriesDetailModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    /// <summary>The words to find the co-op to link (the name the storyteller gave, at first).</summary>
    [BindProperty(SupportsGet = true)] public string? CoopQ { get; set; }
    [BindProperty] public EditInput Input { get; set; } = new();
    [BindProperty] public DecisionInput Decision { get; set; } = new();

    public StoryDetail Story { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> CoopChoices { get; private set; } = [];
    public ConfirmDecisionModel? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = new EditInput { Title = Story.Title, Body = Story.Body, CooperativeId = Story.CooperativeId, Version = Story.Version };
        await LoadCoopsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync()
    {
        var (ok, _) = await TrySendAsync(new EditStory
        {
            Id = Id,
            Title = Input.Title ?? "",
            Body = Input.Body ?? "",
            CooperativeId = Input.CooperativeId,
            Version = Input.Version,
        });
        return ok ? Done("Story saved.") : await RedisplayAsync();
    }

    public async Task<IActionResult> OnPostApproveAsync()
    {
        var (ok, _) = await TrySendAsync(new ApproveStory(Id, Decision.Version), "");
        return ok ? Done("Story published: it is on /stories and in the feed.") : await RedisplayAsync(keepInput: false);
    }

    public async Task<IActionResult> OnPostFeatureAsync()
    {
        var (ok, _) = await TrySendAsync(new FeatureStory(Id, Decision.Featured, Decision.Version), "");
        return ok ? Done(Decision.Featured ? "Story featured on the front page." : "Story no longer featured.") : await RedisplayAsync(keepInput: false);
    }

    public async Task<IActionResult> OnPostRejectAsync()
    {
        if (string.IsNullOrWhiteSpace(Decision.Reason))
        {
            ModelState.AddModelError("reason", "Give a reason; it is kept with the story.");
            return await RedisplayAsync(keepInput: false);
        }

        if (!Decision.Confirmed)
        {
            if (!await LoadAsync())
            {
                return NotFound();
            }

            Confirmation = new ConfirmDecisionModel($"Reject \"{Story.Title}\"?",
                ["The story is never published; the reason is kept with it for staff.", "Nothing is sent to the storyteller."],
                "Yes, reject the story", Url.Page("/Marketing/StoriesDetail", new { id = Id })!, Url.Page("/Marketing/StoriesDetail", "Reject", new { id = Id })!,
                [
                    ConfirmDecisionModel.Field("Decision.Version", $"{Decision.Version}"),
                    ConfirmDecisionModel.Field("Decision.Reason", Decision.Reason),
                    ConfirmDecisionModel.Field("Decision.Confirmed", "true"),
                ])
            { Details = [new("Reason", Decision.Reason.Trim())] };
            Input = new EditInput { Title = Story.Title, Body = Story.Body, CooperativeId = Story.CooperativeId, Version = Story.Version };
            await LoadCoopsAsync();
            return Page();
        }

        var (ok, _) = await TrySendAsync(new RejectStory(Id, Decision.Reason, Decision.Version), "");
        if (!ok && ModelState.Remove("Reason"))
        {
            ModelState.AddModelError("reason", "Give a reason; it is kept with the story.");
        }

        return ok ? Done("Story rejected; the reason is kept with it.") : await RedisplayAsync(keepInput: false);
    }

    public async Task<IActionResult> OnPostUnpublishAsync()
    {
        if (!Decision.Confirmed)
        {
            if (!await LoadAsync())
            {
                return NotFound();
            }

            Confirmation = new ConfirmDecisionModel($"Unpublish \"{Story.Title}\"?",
                ["It disappears from /stories, the feed, the front page and its co-op's page.", "It is kept, and can be approved again."],
                "Yes, unpublish the story", Url.Page("/Marketing/StoriesDetail", new { id = Id })!, Url.Page("/Marketing/StoriesDetail", "Unpublish", new { id = Id })!,
                [
                    ConfirmDecisionModel.Field("Decision.Version", $"{Decision.Version}"),
                    ConfirmDecisionModel.Field("Decision.Confirmed", "true"),
                ]);
            Input = new EditInput { Title = Story.Title, Body = Story.Body, CooperativeId = Story.CooperativeId, Version = Story.Version };
            await LoadCoopsAsync();
            return Page();
        }

        var (ok, _) = await TrySendAsync(new UnpublishStory(Id, Decision.Version), "");
        return ok ? Done("Story unpublished.") : await RedisplayAsync(keepInput: false);
    }

    public DateOnly Day(DateTimeOffset at) => clock.DateOf(at);

    private RedirectResult Done(string message)
    {
        Flash(message);
        return Redirect(Url.Page("/Marketing/StoriesDetail", new { id = Id })!);
    }

    private async Task<IActionResult> RedisplayAsync(bool keepInput = true)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!keepInput)
        {
            Input = new EditInput { Title = Story.Title, Body = Story.Body, CooperativeId = Story.CooperativeId, Version = Story.Version };
        }

        await LoadCoopsAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var story = await FindAsync(new GetStory(Id));
        if (story is null)
        {
            return false;
        }

        Story = story;
        return true;
    }

    /// <summary>Active member co-ops whose name matches the search (the storyteller's words at first), and the linked one.</summary>
    private async Task LoadCoopsAsync()
    {
        var words = string.IsNullOrWhiteSpace(CoopQ) ? Story.CoopName : CoopQ;
        CoopQ = words;
        var found = await Mediator.Send(new ListCoops { Q = words, Status = MembershipStatus.Active, PageSize = 30 }, HttpContext.RequestAborted);
        var choices = found.Items.Select(c => new SelectListItem(c.TradeName ?? c.LegalName, $"{c.Id}")).ToList();
        if (Story.CooperativeId is { } linked && choices.All(c => c.Value != $"{linked}"))
        {
            choices.Insert(0, new SelectListItem(Story.LinkedCoopName ?? $"Co-op {linked}", $"{linked}"));
        }

        CoopChoices = choices;
    }

    [ValidatedAs(typeof(EditStory))]
    public sealed class EditInput
    {
        public string? Title { get; set; }
        public string? Body { get; set; }
        public int? CooperativeId { get; set; }
        public int Version { get; set; }
    }

    public sealed class DecisionInput
    {
        public int? Version { get; set; }
        public string? Reason { get; set; }
        public bool Featured { get; set; }
        public bool Confirmed { get; set; }
    }
}
