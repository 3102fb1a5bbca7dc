using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>
/// The queue of co-ops' requests to join plan years, requests first: staff approve one with the carrier's group number,
/// or decline it with a reason (after an "are you sure?", since the co-op's rep is told).
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class ParticipationsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ParticipationStatus? Status { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public DecisionInput Decision { get; set; } = new();

    public PagedList<ParticipationDto> Participations { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public Dictionary<int, ParticipationRateDto> Rates { get; } = [];
    public ConfirmDecisionModel? Confirmation { get; private set; }
    /// <summary>The row whose form was posted (its fields keep what was typed).</summary>
    public int? PostedId { get; private set; }
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is not null;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostApproveAsync()
    {
        PostedId = Decision.Id;
        var (ok, _) = await TrySendAsync(new ApproveParticipation(Decision.Id, Decision.GroupNumber ?? "", null, Decision.Version), "");
        if (ok)
        {
            Flash($"Participation approved with group number {Decision.GroupNumber?.Trim()}.");
            return Redirect(ListUrl());
        }

        MoveErrors("GroupNumber", GroupId(Decision.Id));
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeclineAsync()
    {
        PostedId = Decision.Id;
        if (string.IsNullOrWhiteSpace(Decision.Reason))
        {
            ModelState.AddModelError(ReasonId(Decision.Id), "Give a reason; the co-op's rep sees it.");
        }
        else if (!Decision.Confirmed)
        {
            await LoadAsync();
            var row = Participations.Items.FirstOrDefault(p => p.Id == Decision.Id);
            Confirmation = new ConfirmDecisionModel($"Decline {row?.CoopName ?? "this co-op"}'s request to join {row?.PlanName ?? "the plan"}?",
                ["The co-op's rep sees the reason.", "Its workers cannot enroll in this plan year unless the co-op asks again and staff approve."],
                $"Yes, decline {row?.CoopName ?? "the request"}", ListUrl(), Url.Page("/Benefits/Participations", "Decline", RouteValues())!,
                [
                    ConfirmDecisionModel.Field("Decision.Id", $"{Decision.Id}"),
                    ConfirmDecisionModel.Field("Decision.Version", $"{Decision.Version}"),
                    ConfirmDecisionModel.Field("Decision.Reason", Decision.Reason),
                    ConfirmDecisionModel.Field("Decision.Confirmed", "true"),
                ])
            { Details = [new("Reason", Decision.Reason.Trim())] };
            return Page();
        }
        else
        {
            var (ok, _) = await TrySendAsync(new DeclineParticipation(Decision.Id, Decision.Reason, Decision.Version), "");
            if (ok)
            {
                Flash("Participation declined; the co-op's rep sees the reason.");
                return Redirect(ListUrl());
            }

            MoveErrors("Reason", ReasonId(Decision.Id));
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>A command's field error goes to the posted row's own field, so the error summary links to it.</summary>
    private void MoveErrors(string field, string fieldId)
    {
        if (ModelState.TryGetValue(field, out var entry))
        {
            foreach (var e in entry.Errors.ToList())
            {
                ModelState.AddModelError(fieldId, e.ErrorMessage);
            }

            ModelState.Remove(field);
        }
    }

    public static string GroupId(int id) => $"group-{id}";

    public static string ReasonId(int id) => $"reason-{id}";

    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    private async Task LoadAsync()
    {
        Participations = await Mediator.Send(new ListParticipations(Status: Status, Q: Q, Page: Math.Max(1, PageNumber)), HttpContext.RequestAborted);
        foreach (var p in Participations.Items.Where(p => p.Status == ParticipationStatus.Requested))
        {
            Rates[p.Id] = await Mediator.Send(new GetParticipationRate(p.CoopId, p.PlanYearId), HttpContext.RequestAborted);
        }
    }

    private object RouteValues(int? page = null) => new
    {
        q = string.IsNullOrWhiteSpace(Q) ? null : Q,
        status = Status,
        pageNumber = page is null or 1 ? null : page,
    };

    public string ListUrl(int? page = null) => Url.Page("/Benefits/Participations", null, RouteValues(page ?? PageNumber))!;

    public sealed class DecisionInput
    {
        public int Id { get; set; }
        public int Version { get; set; }
        public string? GroupNumber { get; set; }
        public string? Reason { get; set; }
        public bool Confirmed { get; set; }
    }
}
