using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Month = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: false),
                    FiguresHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Pdf = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Emailed = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImpactNarratives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
