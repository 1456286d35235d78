#include "demonames.h"

using namespace Qt::Literals::StringLiterals;

namespace fd::demo {

namespace {

QString pick(const QStringList& list, QRandomGenerator& random)
{
    return list.at(random.bounded(int(list.size())));
}

QString digits(int count, QRandomGenerator& random)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + random.bounded(10));
    return text;
}

} // namespace

const QList<UnitName>& unitNames()
{
    static const QList<UnitName> names = {
        { u"Fibra Andina Servicios S.A.C."_s, Locale::Spanish },
        { u"华南光网维护有限公司"_s, Locale::Chinese },
        { u"Redes del Pacífico S.A."_s, Locale::Spanish },
        { u"京北通信工程有限公司"_s, Locale::Chinese },
        { u"Conecta Sur Ingeniería"_s, Locale::Spanish },
        { u"长江宽带服务中心"_s, Locale::Chinese },
        { u"Telemantenimiento Norte S.L."_s, Locale::Spanish },
        { u"蜀光通信技术有限公司"_s, Locale::Chinese },
        { u"Instalaciones Ópticas del Valle"_s, Locale::Spanish },
        { u"东海网络工程有限公司"_s, Locale::Chinese },
        { u"Mantenimiento Integral Castilla"_s, Locale::Spanish },
        { u"中原光纤维护有限公司"_s, Locale::Chinese },
    };
    return names;
}

const QStringList& districtNames(Locale locale)
{
    static const QStringList spanish = { u"Miraflores"_s, u"San Isidro"_s, u"Santiago de Surco"_s,
        u"La Molina"_s, u"Barranco"_s, u"Jesús María"_s, u"Lince"_s, u"Magdalena del Mar"_s,
        u"San Borja"_s, u"Pueblo Libre"_s, u"Chorrillos"_s, u"San Miguel"_s, u"Los Olivos"_s,
        u"Comas"_s, u"Ate"_s, u"Breña"_s, u"El Agustino"_s, u"Surquillo"_s, u"Villa El Salvador"_s,
        u"San Juan de Lurigancho"_s, u"Independencia"_s, u"Rímac"_s, u"Carabayllo"_s,
        u"Puente Piedra"_s, u"Lurín"_s, u"Chaclacayo"_s, u"Cieneguilla"_s, u"Pachacámac"_s,
        u"San Luis"_s, u"La Victoria"_s, u"Callao Cercado"_s, u"Bellavista"_s, u"La Perla"_s,
        u"Ventanilla"_s, u"Santa Anita"_s, u"Vitarte"_s };
    static const QStringList chinese = { u"朝阳区"_s, u"海淀区"_s, u"东城区"_s, u"西城区"_s,
        u"丰台区"_s, u"石景山区"_s, u"通州区"_s, u"顺义区"_s, u"天河区"_s, u"越秀区"_s, u"海珠区"_s,
        u"荔湾区"_s, u"白云区"_s, u"番禺区"_s, u"武侯区"_s, u"锦江区"_s, u"青羊区"_s, u"金牛区"_s,
        u"成华区"_s, u"江汉区"_s, u"武昌区"_s, u"洪山区"_s, u"汉阳区"_s, u"鼓楼区"_s, u"玄武区"_s,
        u"秦淮区"_s, u"建邺区"_s, u"浦东新区"_s, u"徐汇区"_s, u"静安区"_s, u"金水区"_s, u"二七区"_s,
        u"中原区"_s, u"管城区"_s, u"惠济区"_s, u"上城区"_s };
    return locale == Locale::Spanish ? spanish : chinese;
}

QString personName(Locale locale, QRandomGenerator& random)
{
    static const QStringList spanishGiven = { u"María"_s, u"José"_s, u"Lucía"_s, u"Carlos"_s,
        u"Ana"_s, u"Jorge"_s, u"Rosa"_s, u"Luis"_s, u"Carmen"_s, u"Miguel"_s, u"Patricia"_s,
        u"Javier"_s, u"Sofía"_s, u"Andrés"_s, u"Elena"_s, u"Raúl"_s, u"Isabel"_s, u"Víctor"_s,
        u"Pilar"_s, u"Óscar"_s };
    static const QStringList spanishFamily
        = { u"García"_s, u"Rodríguez"_s, u"Quispe"_s, u"Flores"_s, u"Sánchez"_s, u"Ramírez"_s,
              u"Torres"_s, u"Mamani"_s, u"Vargas"_s, u"Castillo"_s, u"Núñez"_s, u"Chávez"_s,
              u"Gutiérrez"_s, u"Rojas"_s, u"Mendoza"_s, u"Peña"_s, u"Huamán"_s, u"Cárdenas"_s };
    static const QStringList chineseFamily
        = { u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"黄"_s, u"赵"_s, u"吴"_s,
              u"周"_s, u"徐"_s, u"孙"_s, u"马"_s, u"朱"_s, u"胡"_s, u"郭"_s, u"何"_s, u"林"_s };
    static const QStringList chineseGiven = { u"伟"_s, u"芳"_s, u"娜"_s, u"秀英"_s, u"敏"_s,
        u"静"_s, u"丽"_s, u"强"_s, u"磊"_s, u"军"_s, u"洋"_s, u"勇"_s, u"艳"_s, u"杰"_s, u"娟"_s,
        u"涛"_s, u"明"_s, u"超"_s, u"秀兰"_s, u"霞"_s, u"建华"_s, u"志强"_s };
    if (locale == Locale::Spanish)
        return pick(spanishGiven, random) + u' ' + pick(spanishFamily, random) + u' '
            + pick(spanishFamily, random);
    return pick(chineseFamily, random) + pick(chineseGiven, random);
}

QString phoneNumber(Locale locale, QRandomGenerator& random)
{
    if (locale == Locale::Spanish)
        return u"+51 9"_s + digits(2, random) + u' ' + digits(3, random) + u' ' + digits(3, random);
    static const QStringList prefixes
        = { u"138"_s, u"139"_s, u"150"_s, u"186"_s, u"137"_s, u"158"_s };
    return pick(prefixes, random) + u' ' + digits(4, random) + u' ' + digits(4, random);
}

} // namespace fd::demo
