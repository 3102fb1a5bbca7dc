using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>The pipeline board: developing co-ops by stage, with their mentor and last session.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public string? Q { get; set; }
    public IReadOnlyDictionary<DevelopmentStage, List<DevelopingCoopListItem>> ByStage { get; private set; } =
        new Dictionary<DevelopmentStage, List<DevelopingCoopListItem>>();
    public int Total { get; private set; }

    public async Task OnGetAsync(string? q)
    {
        Q = q;
        var list = await Mediator.Send(new ListDevelopingCoops { Q = q, PageSize = 200 }, HttpContext.RequestAborted);
        Total = list.Total;
        ByStage = Enum.GetValues<DevelopmentStage>().ToDictionary(s => s, s => list.Items.Where(i => i.Stage == s).ToList());
    }
}
