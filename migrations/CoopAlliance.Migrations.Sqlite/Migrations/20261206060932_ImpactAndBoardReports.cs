using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImpactAndBoardReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BoardReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    FiguresHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Emailed = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImpactNarratives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactNarratives", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardReports_Month",
                table: "BoardReports",
                column: "Month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImpactNarratives_Year",
                table: "ImpactNarratives",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardReports");

            migrationBuilder.DropTable(
                name: "ImpactNarratives");
        }
    }
}
