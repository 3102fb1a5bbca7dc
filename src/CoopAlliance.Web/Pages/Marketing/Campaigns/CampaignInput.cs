using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Marketing.Campaigns;

/// <summary>The campaign form staff fill in to create or edit one.</summary>
[ValidatedAs(typeof(CreateCampaign))]
public sealed class CampaignInput
{
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Description")] public string? Description { get; set; }
    [Display(Name = "First day")] public DateOnly? StartsOn { get; set; }
    [Display(Name = "Last day")] public DateOnly? EndsOn { get; set; }
    [Display(Name = "Co-ops can join until")] public DateOnly? JoinBy { get; set; }
    [Display(Name = "Budget")] public decimal? Budget { get; set; }
    [Display(Name = "Cost shared")] public CostSharing Sharing { get; set; } = CostSharing.ByWorkerCount;
    [Display(Name = "Regions")] public List<Region> Regions { get; set; } = [];

    public static IEnumerable<SelectListItem> SharingChoices =>
        Enum.GetValues<CostSharing>().Select(s => new SelectListItem(s.Describe(), s.ToString()));

    public static IEnumerable<SelectListItem> RegionChoices =>
        Enum.GetValues<Region>().Select(r => new SelectListItem(r.Describe(), r.ToString()));

    public CreateCampaign ToCreate() =>
        new(Name ?? "", Description, StartsOn ?? default, EndsOn ?? default, JoinBy ?? default, Budget ?? 0, Sharing, null, Regions);

    public UpdateCampaign ToUpdate(int id, int version) =>
        new(id, version, Name ?? "", Description, StartsOn ?? default, EndsOn ?? default, JoinBy ?? default, Budget ?? 0, Sharing, null, Regions);

    public static CampaignInput From(CampaignDetail c) => new()
    {
        Name = c.Name,
        Description = c.Description,
        StartsOn = c.StartsOn,
        EndsOn = c.EndsOn,
        JoinBy = c.JoinBy,
        Budget = c.Budget,
        Sharing = c.Sharing,
        Regions = c.Regions.ToList(),
    };
}
