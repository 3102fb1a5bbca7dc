using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Network;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Network.Organizations;

/// <summary>Staff: one allied organisation — what it offers, its contacts, and its relationships with member co-ops (add; remove after a confirmation).</summary>
public sealed class DetailsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public RelationshipForm Relate { get; set; } = new();

    public OrganizationDto Organization { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Coops { get; private set; } = [];
    public ConfirmDecisionModel? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? remove)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Organization.Relationships.FirstOrDefault(r => r.Id == remove) is { } r)
        {
            Confirm = new ConfirmDecisionModel($"Remove {r.CoopName} as {r.Kind.Describe().ToLowerInvariant()}?",
                [$"The network view will no longer show {Organization.Name} as {r.CoopName}'s {r.Kind.Describe().ToLowerInvariant()}."],
                "Yes, remove", Url.Page("/Network/Organizations/Details", new { id = Id })!, Url.Page("/Network/Organizations/Details", "Unrelate", new { id = Id })!,
                [ConfirmDecisionModel.Field("relationshipId", r.Id.ToString(CultureInfo.InvariantCulture))]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRelateAsync()
    {
        if (ModelState.IsValid)
        {
            var (ok, _) = await TrySendAsync(new RelateOrganization(Id, Relate.CooperativeId ?? 0, Relate.Kind, Relate.Since), "Relate");
            if (ok)
            {
                Flash("Relationship recorded.");
                return RedirectToPage(new { id = Id });
            }
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUnrelateAsync(int relationshipId)
    {
        var (ok, _) = await TrySendAsync(new UnrelateOrganization(Id, relationshipId), "");
        if (ok)
        {
            Flash("Relationship removed.");
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await FindAsync(new GetOrganization(Id)) is not { } org)
        {
            return false;
        }

        Organization = org;
        var coops = await Mediator.Send(new ListCoops { PageSize = 200, Status = MembershipStatus.Active }, HttpContext.RequestAborted);
        Coops = coops.Items.Select(c => new SelectListItem(c.LegalName, c.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return true;
    }
}

public sealed class RelationshipForm
{
    [Display(Name = "Member co-op")] public int? CooperativeId { get; set; }
    [Display(Name = "Relationship")] public RelationshipKind Kind { get; set; } = RelationshipKind.BankingPartner;
    [Display(Name = "Since (optional)")] public DateOnly? Since { get; set; }
}
